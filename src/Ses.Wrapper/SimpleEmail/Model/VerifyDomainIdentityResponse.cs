namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>The answer to <see cref="VerifyDomainIdentityRequest"/>.</summary>
public class VerifyDomainIdentityResponse : Amazon.Runtime.AmazonWebServiceResponse
{
    /// <summary>The value of the TXT record to publish at <c>_amazonses.{domain}</c>.</summary>
    public string? VerificationToken { get; set; }
}
