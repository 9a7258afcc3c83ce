namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>Verifies an email address (deprecated by AWS: use <see cref="VerifyEmailIdentityRequest"/>).</summary>
public class VerifyEmailAddressRequest : AmazonSimpleEmailServiceRequest
{
    /// <summary>The address to verify.</summary>
    public string? EmailAddress { get; set; }
}
