namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>One page of templates.</summary>
public class ListTemplatesResponse : Amazon.Runtime.AmazonWebServiceResponse
{
    /// <summary>The templates of this page.</summary>
    public List<TemplateMetadata> TemplatesMetadata { get; set; } = new();

    /// <summary>The token of the next page, or null on the last page.</summary>
    public string? NextToken { get; set; }
}
