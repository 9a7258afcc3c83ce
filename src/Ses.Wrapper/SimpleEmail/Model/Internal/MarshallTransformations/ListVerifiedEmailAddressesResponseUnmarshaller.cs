using System.Xml.Linq;

namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Reads the answer to the <c>ListVerifiedEmailAddresses</c> action.</summary>
internal sealed class ListVerifiedEmailAddressesResponseUnmarshaller : SesResponseUnmarshaller<ListVerifiedEmailAddressesResponse>
{
    public static readonly ListVerifiedEmailAddressesResponseUnmarshaller Instance = new();

    protected override string Action => "ListVerifiedEmailAddresses";

    protected override void ReadResult(XElement result, ListVerifiedEmailAddressesResponse response)
    {
        response.VerifiedEmailAddresses = result.Members("VerifiedEmailAddresses");
    }
}
