namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Marshals <see cref="ListTemplatesRequest"/> as the <c>ListTemplates</c> action.</summary>
internal sealed class ListTemplatesRequestMarshaller : SesRequestMarshaller<ListTemplatesRequest>
{
    public static readonly ListTemplatesRequestMarshaller Instance = new();

    public override string Action => "ListTemplates";

    protected override void Write(ListTemplatesRequest request, QueryWriter writer)
    {
        writer.Add("MaxItems", request.MaxItems);
        writer.Add("NextToken", request.NextToken);
    }
}
