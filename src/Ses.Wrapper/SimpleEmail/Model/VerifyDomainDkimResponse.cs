namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>The answer to <see cref="VerifyDomainDkimRequest"/>.</summary>
public class VerifyDomainDkimResponse : Amazon.Runtime.AmazonWebServiceResponse
{
    /// <summary>The DKIM tokens: publish <c>{token}._domainkey.{domain}</c> CNAME <c>{token}.dkim.amazonses.com</c> for each.</summary>
    public List<string> DkimTokens { get; set; } = new();
}
