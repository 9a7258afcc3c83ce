using System.Net;
using Amazon.Runtime;

namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>The template is invalid, for example its placeholders are malformed (error code <c>InvalidTemplate</c>).</summary>
public class InvalidTemplateException : AmazonSimpleEmailServiceException
{
    /// <summary>The SES error code of this exception.</summary>
    public const string Code = "InvalidTemplate";

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public InvalidTemplateException(string message)
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
    public InvalidTemplateException(string message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode)
    {
    }
}
