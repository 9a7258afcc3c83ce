using System.Xml.Linq;

namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Reads the answer to the <c>ListTemplates</c> action.</summary>
internal sealed class ListTemplatesResponseUnmarshaller : SesResponseUnmarshaller<ListTemplatesResponse>
{
    public static readonly ListTemplatesResponseUnmarshaller Instance = new();

    protected override string Action => "ListTemplates";

    protected override void ReadResult(XElement result, ListTemplatesResponse response)
    {
        foreach (var member in result.MemberElements("TemplatesMetadata"))
        {
            response.TemplatesMetadata.Add(new TemplateMetadata
            {
                Name = member.ChildText("Name"),
                CreatedTimestamp = member.ChildUtcDateTime("CreatedTimestamp"),
            });
        }
        
        response.NextToken = result.ChildText("NextToken");
    }
}
