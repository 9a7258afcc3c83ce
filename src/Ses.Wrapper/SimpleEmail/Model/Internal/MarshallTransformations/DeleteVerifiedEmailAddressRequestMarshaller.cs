namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Marshals <see cref="DeleteVerifiedEmailAddressRequest"/> as the <c>DeleteVerifiedEmailAddress</c> action.</summary>
internal sealed class DeleteVerifiedEmailAddressRequestMarshaller : SesRequestMarshaller<DeleteVerifiedEmailAddressRequest>
{
    public static readonly DeleteVerifiedEmailAddressRequestMarshaller Instance = new();

    public override string Action => "DeleteVerifiedEmailAddress";

    protected override void Write(DeleteVerifiedEmailAddressRequest request, QueryWriter writer)
    {
        writer.Add("EmailAddress", request.EmailAddress);
    }
}
