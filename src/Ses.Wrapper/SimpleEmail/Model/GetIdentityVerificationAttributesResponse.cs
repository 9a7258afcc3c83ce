namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>The verification state of each identity asked for.</summary>
public class GetIdentityVerificationAttributesResponse : Amazon.Runtime.AmazonWebServiceResponse
{
    /// <summary>The state, by identity.</summary>
    public Dictionary<string, IdentityVerificationAttributes> VerificationAttributes { get; set; } = new(StringComparer.Ordinal);
}
