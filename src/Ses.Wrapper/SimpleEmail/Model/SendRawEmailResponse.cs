namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>The answer to <see cref="SendRawEmailRequest"/>.</summary>
public class SendRawEmailResponse : Amazon.Runtime.AmazonWebServiceResponse
{
    /// <summary>The id SES gave the message.</summary>
    public string? MessageId { get; set; }
}
