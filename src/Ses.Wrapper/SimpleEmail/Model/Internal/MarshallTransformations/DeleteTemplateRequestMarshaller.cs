namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Marshals <see cref="DeleteTemplateRequest"/> as the <c>DeleteTemplate</c> action.</summary>
internal sealed class DeleteTemplateRequestMarshaller : SesRequestMarshaller<DeleteTemplateRequest>
{
    public static readonly DeleteTemplateRequestMarshaller Instance = new();

    public override string Action => "DeleteTemplate";

    protected override void Write(DeleteTemplateRequest request, QueryWriter writer)
    {
        writer.Add("TemplateName", request.TemplateName);
    }
}
