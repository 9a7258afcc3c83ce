namespace Ses.Wrapper;

/// <summary>Envelope and tracking settings for <see cref="ISesService.SendRawAsync(MimeKit.MimeMessage, SesRawSendOptions?, CancellationToken)"/>.</summary>
public sealed class SesRawSendOptions
{
    /// <summary>
    /// The envelope recipients; when empty, every To, Cc and Bcc address of the message. Bcc addresses are only ever sent
    /// here: the Bcc header is never written into the message.
    /// </summary>
    public IList<string> Destinations { get; init; } = [];

    /// <summary>The envelope sender (bounces go there); when null, SES takes the message's From header.</summary>
    public string? Source { get; set; }

    /// <summary>The SES configuration set; when null, <see cref="SesOptions.ConfigurationSetName"/> is used.</summary>
    public string? ConfigurationSetName { get; set; }

    /// <summary>Message tags published with sending events: names and values of ASCII letters, digits, '_' and '-'.</summary>
    public IDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
