namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Marshals <see cref="CreateTemplateRequest"/> as the <c>CreateTemplate</c> action.</summary>
internal sealed class CreateTemplateRequestMarshaller : SesRequestMarshaller<CreateTemplateRequest>
{
    public static readonly CreateTemplateRequestMarshaller Instance = new();

    public override string Action => "CreateTemplate";

    protected override void Write(CreateTemplateRequest request, QueryWriter writer)
    {
        writer.Add("Template.TemplateName", request.Template?.TemplateName);
        writer.Add("Template.SubjectPart", request.Template?.SubjectPart);
        writer.Add("Template.TextPart", request.Template?.TextPart);
        writer.Add("Template.HtmlPart", request.Template?.HtmlPart);
    }
}
