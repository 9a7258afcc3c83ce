namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>Sends one templated mail to each of up to 50 destinations, each with its own template data.</summary>
public class SendBulkTemplatedEmailRequest : AmazonSimpleEmailServiceRequest, Ses.Wrapper.SimpleEmail.Internal.INonIdempotentRequest
{
    /// <summary>The sender: an address or <c>"Display Name" &lt;address&gt;</c> of a verified identity.</summary>
    public string? Source { get; set; }

    /// <summary>The ARN of the identity authorised to send for <see cref="Source"/> (sending authorization).</summary>
    public string? SourceArn { get; set; }

    /// <summary>Reply-To: addresses.</summary>
    public List<string> ReplyToAddresses { get; set; } = new();

    /// <summary>Where bounces and complaints are sent.</summary>
    public string? ReturnPath { get; set; }

    /// <summary>The ARN of the identity authorised to use <see cref="ReturnPath"/>.</summary>
    public string? ReturnPathArn { get; set; }

    /// <summary>The configuration set to use.</summary>
    public string? ConfigurationSetName { get; set; }

    /// <summary>Tags for every destination without <see cref="BulkEmailDestination.ReplacementTags"/>.</summary>
    public List<MessageTag> DefaultTags { get; set; } = new();

    /// <summary>The name of the template.</summary>
    public string? Template { get; set; }

    /// <summary>The ARN of the template (sending authorization).</summary>
    public string? TemplateArn { get; set; }

    /// <summary>Template data (a JSON object) for every destination without its own; SES requires it.</summary>
    public string? DefaultTemplateData { get; set; }

    /// <summary>The destinations, at most 50.</summary>
    public List<BulkEmailDestination> Destinations { get; set; } = new();
}
