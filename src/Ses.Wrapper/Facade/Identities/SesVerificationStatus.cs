namespace Ses.Wrapper;

/// <summary>Where the verification of an identity (or its DKIM records) stands.</summary>
public enum SesVerificationStatus
{
    /// <summary>SES reported no status, or one this library does not know.</summary>
    Unknown,

    /// <summary>Verification has not started.</summary>
    NotStarted,

    /// <summary>SES is waiting for the verification mail to be clicked or the DNS records to appear.</summary>
    Pending,

    /// <summary>Verified.</summary>
    Success,

    /// <summary>Verification failed; start it again.</summary>
    Failed,

    /// <summary>A temporary problem; SES keeps trying.</summary>
    TemporaryFailure,
}
