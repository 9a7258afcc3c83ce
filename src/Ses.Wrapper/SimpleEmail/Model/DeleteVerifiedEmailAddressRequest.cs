namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>Deletes a verified email address (deprecated by AWS: use <see cref="DeleteIdentityRequest"/>).</summary>
public class DeleteVerifiedEmailAddressRequest : AmazonSimpleEmailServiceRequest
{
    /// <summary>The address to delete.</summary>
    public string? EmailAddress { get; set; }
}
