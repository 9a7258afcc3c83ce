using System.Xml.Linq;

namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Reads the answer to the <c>GetIdentityVerificationAttributes</c> action.</summary>
internal sealed class GetIdentityVerificationAttributesResponseUnmarshaller : SesResponseUnmarshaller<GetIdentityVerificationAttributesResponse>
{
    public static readonly GetIdentityVerificationAttributesResponseUnmarshaller Instance = new();

    protected override string Action => "GetIdentityVerificationAttributes";

    protected override void ReadResult(XElement result, GetIdentityVerificationAttributesResponse response)
    {
        var entries = result.Child("VerificationAttributes")?.Elements().Where(e => e.Name.LocalName == "entry") ?? [];
        foreach (var entry in entries)
        {
            if (entry.ChildText("key") is not { } identity)
            {
                continue;
            }

            var value = entry.Child("value");
            response.VerificationAttributes[identity] = new IdentityVerificationAttributes
            {
                VerificationStatus = value?.ChildText("VerificationStatus") is { } status ? VerificationStatus.FindValue(status) : null,
                VerificationToken = value?.ChildText("VerificationToken"),
            };
        }
    }
}
