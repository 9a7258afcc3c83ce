namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Marshals <see cref="ListVerifiedEmailAddressesRequest"/> as the <c>ListVerifiedEmailAddresses</c> action.</summary>
internal sealed class ListVerifiedEmailAddressesRequestMarshaller : SesRequestMarshaller<ListVerifiedEmailAddressesRequest>
{
    public static readonly ListVerifiedEmailAddressesRequestMarshaller Instance = new();

    public override string Action => "ListVerifiedEmailAddresses";
}
