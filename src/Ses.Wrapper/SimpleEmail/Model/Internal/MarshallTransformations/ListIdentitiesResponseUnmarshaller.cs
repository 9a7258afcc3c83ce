using System.Xml.Linq;

namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Reads the answer to the <c>ListIdentities</c> action.</summary>
internal sealed class ListIdentitiesResponseUnmarshaller : SesResponseUnmarshaller<ListIdentitiesResponse>
{
    public static readonly ListIdentitiesResponseUnmarshaller Instance = new();

    protected override string Action => "ListIdentities";

    protected override void ReadResult(XElement result, ListIdentitiesResponse response)
    {
        response.Identities = result.Members("Identities");
        response.NextToken = result.ChildText("NextToken");
    }
}
