namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Reads the answer to the <c>DeleteTemplate</c> action.</summary>
internal sealed class DeleteTemplateResponseUnmarshaller : SesResponseUnmarshaller<DeleteTemplateResponse>
{
    public static readonly DeleteTemplateResponseUnmarshaller Instance = new();

    protected override string Action => "DeleteTemplate";
}
