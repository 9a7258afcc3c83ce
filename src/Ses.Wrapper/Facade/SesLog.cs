using Microsoft.Extensions.Logging;

namespace Ses.Wrapper;

/// <summary>The log events of <see cref="SesService"/>, with stable event ids. Addresses and subjects only at Debug; secrets never.</summary>
internal static partial class SesLog
{
    [LoggerMessage(EventId = 1000, EventName = "MailSent", Level = LogLevel.Information, Message = "Mail sent: MessageId {MessageId}, {RecipientCount} recipient(s), RequestId {RequestId}")]
    public static partial void MailSent(ILogger logger, string messageId, int recipientCount, string requestId);

    [LoggerMessage(EventId = 1001, EventName = "MailSending", Level = LogLevel.Debug, Message = "Sending mail from {Source} to {Recipients} with subject {Subject}")]
    public static partial void MailSending(ILogger logger, string source, string recipients, string? subject);

    [LoggerMessage(EventId = 1100, EventName = "SesError", Level = LogLevel.Warning, Message = "SES {Operation} failed: {Kind} {Code} (RequestId {RequestId}, HTTP {StatusCode})")]
    public static partial void SesError(ILogger logger, string operation, SesErrorKind kind, string? code, string? requestId, int? statusCode, Exception exception);

    [LoggerMessage(EventId = 1101, EventName = "Throttled", Level = LogLevel.Warning, Message = "SES {Operation} throttled: {Kind} (RequestId {RequestId})")]
    public static partial void Throttled(ILogger logger, string operation, SesErrorKind kind, string? requestId);
}
