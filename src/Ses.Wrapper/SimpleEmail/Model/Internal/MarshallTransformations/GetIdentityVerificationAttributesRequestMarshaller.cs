namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Marshals <see cref="GetIdentityVerificationAttributesRequest"/> as the <c>GetIdentityVerificationAttributes</c> action.</summary>
internal sealed class GetIdentityVerificationAttributesRequestMarshaller : SesRequestMarshaller<GetIdentityVerificationAttributesRequest>
{
    public static readonly GetIdentityVerificationAttributesRequestMarshaller Instance = new();

    public override string Action => "GetIdentityVerificationAttributes";

    protected override void Write(GetIdentityVerificationAttributesRequest request, QueryWriter writer)
    {
        writer.AddList("Identities", request.Identities);
    }
}
