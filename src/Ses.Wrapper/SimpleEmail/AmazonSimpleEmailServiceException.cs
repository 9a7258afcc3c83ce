using System.Net;
using Amazon.Runtime;

namespace Ses.Wrapper.SimpleEmail;

/// <summary>An error answered by SES: carries its <c>ErrorCode</c>, <c>ErrorType</c>, <c>RequestId</c> and HTTP status.</summary>
public class AmazonSimpleEmailServiceException : AmazonServiceException
{
    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public AmazonSimpleEmailServiceException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public AmazonSimpleEmailServiceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception from an SES error answer.</summary>
    /// <param name="message">The error's message.</param>
    /// <param name="innerException">The cause, if any.</param>
    /// <param name="errorType">Whether the sender or the service is at fault.</param>
    /// <param name="errorCode">The SES error code, for example <c>MessageRejected</c>.</param>
    /// <param name="requestId">The id of the failed request.</param>
    /// <param name="statusCode">The HTTP status of the answer.</param>
    public AmazonSimpleEmailServiceException(string message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, innerException, errorType, errorCode, requestId, statusCode)
    {
    }
}
