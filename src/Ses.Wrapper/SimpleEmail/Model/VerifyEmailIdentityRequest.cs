namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>Adds an email address to the account's identities and sends it a verification mail.</summary>
public class VerifyEmailIdentityRequest : AmazonSimpleEmailServiceRequest
{
    /// <summary>The address to verify.</summary>
    public string? EmailAddress { get; set; }
}
