using System.Net;

namespace Ses.Wrapper;

/// <summary>
/// The one exception <see cref="ISesService"/> throws for failures of SES, the network or a timeout (ses.py's
/// <c>SESError</c>). The original exception is kept as <see cref="Exception.InnerException"/>.
/// </summary>
public sealed class SesException : Exception
{
    /// <summary>Creates an exception.</summary>
    /// <param name="message">What went wrong, as SES or the transport said it.</param>
    /// <param name="kind">What kind of failure it is.</param>
    /// <param name="code">The SES error code, for example <c>MessageRejected</c>, or null when SES did not answer.</param>
    /// <param name="errorType">Who is at fault according to SES: <c>Sender</c> or <c>Receiver</c>; null when unknown.</param>
    /// <param name="requestId">The id of the failed SES request, when known.</param>
    /// <param name="statusCode">The HTTP status of the answer, when there was one.</param>
    /// <param name="innerException">The original exception.</param>
    public SesException(string message, SesErrorKind kind, string? code = null, string? errorType = null, string? requestId = null, HttpStatusCode? statusCode = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        Code = code;
        ErrorType = errorType;
        RequestId = requestId;
        StatusCode = statusCode;
    }

    /// <summary>What kind of failure this is.</summary>
    public SesErrorKind Kind { get; }

    /// <summary>The SES error code, for example <c>MessageRejected</c> or <c>Throttling</c>; null when SES did not answer.</summary>
    public string? Code { get; }

    /// <summary>Who is at fault according to SES: <c>Sender</c> or <c>Receiver</c>; null when unknown.</summary>
    public string? ErrorType { get; }

    /// <summary>The id of the failed SES request, when known.</summary>
    public string? RequestId { get; }

    /// <summary>The HTTP status of SES's answer, when there was one.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>True for "Maximum sending rate exceeded.": waiting and sending again will work.</summary>
    public bool IsSendingRateExceeded => Kind == SesErrorKind.SendingRateExceeded;

    /// <summary>True for "Daily message quota exceeded.".</summary>
    public bool IsDailyQuotaExceeded => Kind == SesErrorKind.DailyQuotaExceeded;

    /// <summary>True when SES refused the mail itself; sending it again will fail again.</summary>
    public bool IsRejected => Kind == SesErrorKind.Rejected;

    /// <summary>True when the credentials were missing, invalid, expired or not allowed.</summary>
    public bool IsAuthenticationFailure => Kind == SesErrorKind.Authentication;

    /// <summary>True for throttling of any kind (the sending rate or the daily quota).</summary>
    public bool IsThrottling => Kind is SesErrorKind.SendingRateExceeded or SesErrorKind.DailyQuotaExceeded;

    /// <summary>
    /// True when a mail may have been sent although the call failed: a timeout, a dropped connection, an answer that
    /// could not be read (SES may have accepted the mail before the answer was mangled) or a 5xx answer. Such a mail
    /// is never sent again automatically; check before sending it again yourself.
    /// </summary>
    public bool MayHaveBeenSent =>
        Kind is SesErrorKind.Timeout or SesErrorKind.Network or SesErrorKind.InvalidResponse
        || (StatusCode is { } status && (int)status >= 500);
}
