namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Marshals <see cref="GetIdentityDkimAttributesRequest"/> as the <c>GetIdentityDkimAttributes</c> action.</summary>
internal sealed class GetIdentityDkimAttributesRequestMarshaller : SesRequestMarshaller<GetIdentityDkimAttributesRequest>
{
    public static readonly GetIdentityDkimAttributesRequestMarshaller Instance = new();

    public override string Action => "GetIdentityDkimAttributes";

    protected override void Write(GetIdentityDkimAttributesRequest request, QueryWriter writer)
    {
        writer.AddList("Identities", request.Identities);
    }
}
