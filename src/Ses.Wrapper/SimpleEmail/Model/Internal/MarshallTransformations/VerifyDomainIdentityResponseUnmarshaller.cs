using System.Xml.Linq;

namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Reads the answer to the <c>VerifyDomainIdentity</c> action.</summary>
internal sealed class VerifyDomainIdentityResponseUnmarshaller : SesResponseUnmarshaller<VerifyDomainIdentityResponse>
{
    public static readonly VerifyDomainIdentityResponseUnmarshaller Instance = new();

    protected override string Action => "VerifyDomainIdentity";

    protected override void ReadResult(XElement result, VerifyDomainIdentityResponse response)
    {
        response.VerificationToken = result.ChildText("VerificationToken");
    }
}
