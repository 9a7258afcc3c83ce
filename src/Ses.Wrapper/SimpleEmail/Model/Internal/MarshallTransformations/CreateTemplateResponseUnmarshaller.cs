namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Reads the answer to the <c>CreateTemplate</c> action.</summary>
internal sealed class CreateTemplateResponseUnmarshaller : SesResponseUnmarshaller<CreateTemplateResponse>
{
    public static readonly CreateTemplateResponseUnmarshaller Instance = new();

    protected override string Action => "CreateTemplate";
}
