namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Marshals <see cref="GetTemplateRequest"/> as the <c>GetTemplate</c> action.</summary>
internal sealed class GetTemplateRequestMarshaller : SesRequestMarshaller<GetTemplateRequest>
{
    public static readonly GetTemplateRequestMarshaller Instance = new();

    public override string Action => "GetTemplate";

    protected override void Write(GetTemplateRequest request, QueryWriter writer)
    {
        writer.Add("TemplateName", request.TemplateName);
    }
}
