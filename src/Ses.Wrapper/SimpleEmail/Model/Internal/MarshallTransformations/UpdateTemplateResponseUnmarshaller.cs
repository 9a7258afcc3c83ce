namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Reads the answer to the <c>UpdateTemplate</c> action.</summary>
internal sealed class UpdateTemplateResponseUnmarshaller : SesResponseUnmarshaller<UpdateTemplateResponse>
{
    public static readonly UpdateTemplateResponseUnmarshaller Instance = new();

    protected override string Action => "UpdateTemplate";
}
