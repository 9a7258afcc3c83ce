namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Reads the answer to the <c>VerifyEmailAddress</c> action.</summary>
internal sealed class VerifyEmailAddressResponseUnmarshaller : SesResponseUnmarshaller<VerifyEmailAddressResponse>
{
    public static readonly VerifyEmailAddressResponseUnmarshaller Instance = new();

    protected override string Action => "VerifyEmailAddress";
}
