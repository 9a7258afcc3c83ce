namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>Asks for the verification state of up to 100 identities.</summary>
public class GetIdentityVerificationAttributesRequest : AmazonSimpleEmailServiceRequest
{
    /// <summary>The identities (at most 100).</summary>
    public List<string> Identities { get; set; } = new();
}
