namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>Reads the DKIM state of up to 100 identities.</summary>
public class GetIdentityDkimAttributesRequest : AmazonSimpleEmailServiceRequest
{
    /// <summary>The addresses and domains.</summary>
    public List<string> Identities { get; set; } = new();
}
