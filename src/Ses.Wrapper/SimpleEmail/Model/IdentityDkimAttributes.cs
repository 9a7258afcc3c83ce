namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>The DKIM state of one identity.</summary>
public class IdentityDkimAttributes
{
    /// <summary>Whether SES signs the identity's mail with DKIM.</summary>
    public bool? DkimEnabled { get; set; }

    /// <summary>Whether SES found the DKIM records in DNS.</summary>
    public VerificationStatus? DkimVerificationStatus { get; set; }

    /// <summary>The DKIM tokens of a domain (empty for an address).</summary>
    public List<string> DkimTokens { get; set; } = new();
}
