namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>The verified email addresses.</summary>
public class ListVerifiedEmailAddressesResponse : Amazon.Runtime.AmazonWebServiceResponse
{
    /// <summary>The addresses.</summary>
    public List<string> VerifiedEmailAddresses { get; set; } = new();
}
