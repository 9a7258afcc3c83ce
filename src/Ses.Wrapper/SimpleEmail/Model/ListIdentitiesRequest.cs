namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>Lists the identities (addresses and domains) of the account, one page at a time.</summary>
public class ListIdentitiesRequest : AmazonSimpleEmailServiceRequest
{
    /// <summary>Only identities of this type; both when absent.</summary>
    public IdentityType? IdentityType { get; set; }

    /// <summary>The most identities per page (1 to 1000).</summary>
    public int? MaxItems { get; set; }

    /// <summary>The token of the page to read, from the previous answer.</summary>
    public string? NextToken { get; set; }
}
