namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Marshals <see cref="DeleteIdentityRequest"/> as the <c>DeleteIdentity</c> action.</summary>
internal sealed class DeleteIdentityRequestMarshaller : SesRequestMarshaller<DeleteIdentityRequest>
{
    public static readonly DeleteIdentityRequestMarshaller Instance = new();

    public override string Action => "DeleteIdentity";

    protected override void Write(DeleteIdentityRequest request, QueryWriter writer)
    {
        writer.Add("Identity", request.Identity);
    }
}
