namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Marshals <see cref="UpdateTemplateRequest"/> as the <c>UpdateTemplate</c> action.</summary>
internal sealed class UpdateTemplateRequestMarshaller : SesRequestMarshaller<UpdateTemplateRequest>
{
    public static readonly UpdateTemplateRequestMarshaller Instance = new();

    public override string Action => "UpdateTemplate";

    protected override void Write(UpdateTemplateRequest request, QueryWriter writer)
    {
        writer.Add("Template.TemplateName", request.Template?.TemplateName);
        writer.Add("Template.SubjectPart", request.Template?.SubjectPart);
        writer.Add("Template.TextPart", request.Template?.TextPart);
        writer.Add("Template.HtmlPart", request.Template?.HtmlPart);
    }
}
