namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>The answer to <see cref="SendTemplatedEmailRequest"/>.</summary>
public class SendTemplatedEmailResponse : Amazon.Runtime.AmazonWebServiceResponse
{
    /// <summary>The id SES gave the message.</summary>
    public string? MessageId { get; set; }
}
