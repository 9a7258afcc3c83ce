namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>The verification state of one identity.</summary>
public class IdentityVerificationAttributes
{
    /// <summary>Pending, Success, Failed, TemporaryFailure or NotStarted.</summary>
    public VerificationStatus? VerificationStatus { get; set; }

    /// <summary>For a domain, the TXT record value that proves ownership.</summary>
    public string? VerificationToken { get; set; }
}
