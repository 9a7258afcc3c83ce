namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>Creates Easy DKIM tokens for a domain.</summary>
public class VerifyDomainDkimRequest : AmazonSimpleEmailServiceRequest
{
    /// <summary>The domain.</summary>
    public string? Domain { get; set; }
}
