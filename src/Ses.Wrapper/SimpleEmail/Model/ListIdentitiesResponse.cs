namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>One page of identities.</summary>
public class ListIdentitiesResponse : Amazon.Runtime.AmazonWebServiceResponse
{
    /// <summary>The identities.</summary>
    public List<string> Identities { get; set; } = new();

    /// <summary>The token of the next page, or null on the last page.</summary>
    public string? NextToken { get; set; }
}
