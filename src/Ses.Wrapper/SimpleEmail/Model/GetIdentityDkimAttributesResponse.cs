namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>The DKIM state of each identity asked for.</summary>
public class GetIdentityDkimAttributesResponse : Amazon.Runtime.AmazonWebServiceResponse
{
    /// <summary>The state, by identity.</summary>
    public Dictionary<string, IdentityDkimAttributes> DkimAttributes { get; set; } = new(StringComparer.Ordinal);
}
