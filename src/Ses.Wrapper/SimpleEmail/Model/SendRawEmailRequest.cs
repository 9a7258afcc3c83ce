namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>Sends a raw RFC 5322 message, for example one with attachments.</summary>
public class SendRawEmailRequest : AmazonSimpleEmailServiceRequest, Ses.Wrapper.SimpleEmail.Internal.INonIdempotentRequest
{
    /// <summary>The envelope sender; when absent SES takes the message's From: header.</summary>
    public string? Source { get; set; }

    /// <summary>The envelope recipients, Bcc included; when empty SES takes the message's To/Cc headers.</summary>
    public List<string> Destinations { get; set; } = new();

    /// <summary>The message.</summary>
    public RawMessage? RawMessage { get; set; }

    /// <summary>The ARN of the identity authorised for the From: header.</summary>
    public string? FromArn { get; set; }

    /// <summary>The ARN of the identity authorised for the envelope sender.</summary>
    public string? SourceArn { get; set; }

    /// <summary>The ARN of the identity authorised for the Return-Path.</summary>
    public string? ReturnPathArn { get; set; }

    /// <summary>Tags published with the message's sending events.</summary>
    public List<MessageTag> Tags { get; set; } = new();

    /// <summary>The configuration set to use.</summary>
    public string? ConfigurationSetName { get; set; }
}
