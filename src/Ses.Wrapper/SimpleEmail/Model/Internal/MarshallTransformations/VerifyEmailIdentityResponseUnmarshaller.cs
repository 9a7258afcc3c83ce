namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Reads the answer to the <c>VerifyEmailIdentity</c> action.</summary>
internal sealed class VerifyEmailIdentityResponseUnmarshaller : SesResponseUnmarshaller<VerifyEmailIdentityResponse>
{
    public static readonly VerifyEmailIdentityResponseUnmarshaller Instance = new();

    protected override string Action => "VerifyEmailIdentity";
}
