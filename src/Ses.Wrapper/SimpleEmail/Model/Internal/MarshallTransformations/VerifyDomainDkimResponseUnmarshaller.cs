using System.Xml.Linq;

namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Reads the answer to the <c>VerifyDomainDkim</c> action.</summary>
internal sealed class VerifyDomainDkimResponseUnmarshaller : SesResponseUnmarshaller<VerifyDomainDkimResponse>
{
    public static readonly VerifyDomainDkimResponseUnmarshaller Instance = new();

    protected override string Action => "VerifyDomainDkim";

    protected override void ReadResult(XElement result, VerifyDomainDkimResponse response)
    {
        response.DkimTokens = result.Members("DkimTokens");
    }
}
