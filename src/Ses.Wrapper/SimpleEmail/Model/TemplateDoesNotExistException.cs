using System.Net;
using Amazon.Runtime;

namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>The template named in the request does not exist (error code <c>TemplateDoesNotExist</c>).</summary>
public class TemplateDoesNotExistException : AmazonSimpleEmailServiceException
{
    /// <summary>The SES error code of this exception.</summary>
    public const string Code = "TemplateDoesNotExist";

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public TemplateDoesNotExistException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception from an SES error answer.</summary>
    /// <param name="message">The error's message.</param>
    /// <param name="innerException">The cause, if any.</param>
    /// <param name="errorType">Whether the sender or the service is at fault.</param>
    /// <param name="errorCode">The SES error code.</param>
    /// <param name="requestId">The id of the failed request.</param>
    /// <param name="statusCode">The HTTP status of the answer.</param>
    public TemplateDoesNotExistException(string message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode)
    {
    }
}
