namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>Removes an identity (address or domain) from the account.</summary>
public class DeleteIdentityRequest : AmazonSimpleEmailServiceRequest
{
    /// <summary>The identity to remove.</summary>
    public string? Identity { get; set; }
}
