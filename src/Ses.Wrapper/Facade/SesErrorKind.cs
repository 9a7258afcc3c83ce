namespace Ses.Wrapper;

/// <summary>What kind of failure a <see cref="SesException"/> reports, and so what to do about it.</summary>
public enum SesErrorKind
{
    /// <summary>SES answered with an error not covered by the other kinds.</summary>
    Service,

    /// <summary>"Maximum sending rate exceeded.": wait and send again.</summary>
    SendingRateExceeded,

    /// <summary>"Daily message quota exceeded.": nothing more can be sent until the 24-hour window moves on.</summary>
    DailyQuotaExceeded,

    /// <summary>SES refused the mail (for example an unverified address): sending it again will fail again.</summary>
    Rejected,

    /// <summary>The credentials were missing, invalid, expired or not allowed to do this.</summary>
    Authentication,

    /// <summary>No answer came in time; a mail may or may not have been sent.</summary>
    Timeout,

    /// <summary>The connection failed; a mail may or may not have been sent.</summary>
    Network,

    /// <summary>The answer could not be read as an SES answer.</summary>
    InvalidResponse,

    /// <summary>The client is not configured well enough to make the call (for example no region).</summary>
    Configuration,
}
