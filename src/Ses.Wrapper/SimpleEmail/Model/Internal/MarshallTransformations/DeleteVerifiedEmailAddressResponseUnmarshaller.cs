namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Reads the answer to the <c>DeleteVerifiedEmailAddress</c> action.</summary>
internal sealed class DeleteVerifiedEmailAddressResponseUnmarshaller : SesResponseUnmarshaller<DeleteVerifiedEmailAddressResponse>
{
    public static readonly DeleteVerifiedEmailAddressResponseUnmarshaller Instance = new();

    protected override string Action => "DeleteVerifiedEmailAddress";
}
