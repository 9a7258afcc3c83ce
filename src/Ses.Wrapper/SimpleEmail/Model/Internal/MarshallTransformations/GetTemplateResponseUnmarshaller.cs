using System.Xml.Linq;

namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Reads the answer to the <c>GetTemplate</c> action.</summary>
internal sealed class GetTemplateResponseUnmarshaller : SesResponseUnmarshaller<GetTemplateResponse>
{
    public static readonly GetTemplateResponseUnmarshaller Instance = new();

    protected override string Action => "GetTemplate";

    protected override void ReadResult(XElement result, GetTemplateResponse response)
    {
        if (result.Child("Template") is { } template)
        {
            response.Template = new Template
            {
                TemplateName = template.ChildText("TemplateName"),
                SubjectPart = template.ChildText("SubjectPart"),
                TextPart = template.ChildText("TextPart"),
                HtmlPart = template.ChildText("HtmlPart"),
            };
        }
    }
}
