using System.Xml.Linq;

namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Reads the answer to the <c>GetIdentityDkimAttributes</c> action.</summary>
internal sealed class GetIdentityDkimAttributesResponseUnmarshaller : SesResponseUnmarshaller<GetIdentityDkimAttributesResponse>
{
    public static readonly GetIdentityDkimAttributesResponseUnmarshaller Instance = new();

    protected override string Action => "GetIdentityDkimAttributes";

    protected override void ReadResult(XElement result, GetIdentityDkimAttributesResponse response)
    {
        var entries = result.Child("DkimAttributes")?.Elements().Where(e => e.Name.LocalName == "entry") ?? [];
        foreach (var entry in entries)
        {
            if (entry.ChildText("key") is not { } identity)
            {
                continue;
            }
        
            var value = entry.Child("value");
            response.DkimAttributes[identity] = new IdentityDkimAttributes
            {
                DkimEnabled = value?.ChildBool("DkimEnabled"),
                DkimVerificationStatus = value?.ChildText("DkimVerificationStatus") is { } status ? VerificationStatus.FindValue(status) : null,
                DkimTokens = value?.Members("DkimTokens") ?? [],
            };
        }
    }
}
