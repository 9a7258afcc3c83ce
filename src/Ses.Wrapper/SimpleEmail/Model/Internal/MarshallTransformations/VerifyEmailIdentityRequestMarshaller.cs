namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Marshals <see cref="VerifyEmailIdentityRequest"/> as the <c>VerifyEmailIdentity</c> action.</summary>
internal sealed class VerifyEmailIdentityRequestMarshaller : SesRequestMarshaller<VerifyEmailIdentityRequest>
{
    public static readonly VerifyEmailIdentityRequestMarshaller Instance = new();

    public override string Action => "VerifyEmailIdentity";

    protected override void Write(VerifyEmailIdentityRequest request, QueryWriter writer)
    {
        writer.Add("EmailAddress", request.EmailAddress);
    }
}
