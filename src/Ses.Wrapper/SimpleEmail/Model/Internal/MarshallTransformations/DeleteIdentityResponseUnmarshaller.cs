namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Reads the answer to the <c>DeleteIdentity</c> action.</summary>
internal sealed class DeleteIdentityResponseUnmarshaller : SesResponseUnmarshaller<DeleteIdentityResponse>
{
    public static readonly DeleteIdentityResponseUnmarshaller Instance = new();

    protected override string Action => "DeleteIdentity";
}
