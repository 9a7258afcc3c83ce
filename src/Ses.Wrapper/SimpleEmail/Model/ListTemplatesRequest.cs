namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>Lists the account's email templates, one page at a time.</summary>
public class ListTemplatesRequest : AmazonSimpleEmailServiceRequest
{
    /// <summary>The most templates per page (1 to 100; SES's default is 10).</summary>
    public int? MaxItems { get; set; }

    /// <summary>The token of the page to read, from the previous answer.</summary>
    public string? NextToken { get; set; }
}
