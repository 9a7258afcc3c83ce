namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Marshals <see cref="VerifyEmailAddressRequest"/> as the <c>VerifyEmailAddress</c> action.</summary>
internal sealed class VerifyEmailAddressRequestMarshaller : SesRequestMarshaller<VerifyEmailAddressRequest>
{
    public static readonly VerifyEmailAddressRequestMarshaller Instance = new();

    public override string Action => "VerifyEmailAddress";

    protected override void Write(VerifyEmailAddressRequest request, QueryWriter writer)
    {
        writer.Add("EmailAddress", request.EmailAddress);
    }
}
