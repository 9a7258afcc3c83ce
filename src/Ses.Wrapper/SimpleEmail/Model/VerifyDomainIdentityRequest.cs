namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>Adds a domain to the account's identities and starts its verification by a DNS TXT record.</summary>
public class VerifyDomainIdentityRequest : AmazonSimpleEmailServiceRequest
{
    /// <summary>The domain to verify.</summary>
    public string? Domain { get; set; }
}
