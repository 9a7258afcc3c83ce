namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>Sends a mail made from a template and JSON template data to up to 50 recipients.</summary>
public class SendTemplatedEmailRequest : AmazonSimpleEmailServiceRequest, Ses.Wrapper.SimpleEmail.Internal.INonIdempotentRequest
{
    /// <summary>The sender: an address or <c>"Display Name" &lt;address&gt;</c> of a verified identity.</summary>
    public string? Source { get; set; }

    /// <summary>The To, Cc and Bcc recipients.</summary>
    public Destination? Destination { get; set; }

    /// <summary>Reply-To: addresses.</summary>
    public List<string> ReplyToAddresses { get; set; } = new();

    /// <summary>Where bounces and complaints are sent.</summary>
    public string? ReturnPath { get; set; }

    /// <summary>The ARN of the identity authorised to send for <see cref="Source"/> (sending authorization).</summary>
    public string? SourceArn { get; set; }

    /// <summary>The ARN of the identity authorised to use <see cref="ReturnPath"/>.</summary>
    public string? ReturnPathArn { get; set; }

    /// <summary>Tags published with the message's sending events.</summary>
    public List<MessageTag> Tags { get; set; } = new();

    /// <summary>The configuration set to use.</summary>
    public string? ConfigurationSetName { get; set; }

    /// <summary>The name of the template.</summary>
    public string? Template { get; set; }

    /// <summary>The ARN of the template (sending authorization).</summary>
    public string? TemplateArn { get; set; }

    /// <summary>The replacement values as a JSON object, for example <c>{"name":"Jane"}</c>.</summary>
    public string? TemplateData { get; set; }
}
