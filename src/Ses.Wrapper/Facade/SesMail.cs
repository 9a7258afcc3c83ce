namespace Ses.Wrapper;

/// <summary>
/// A mail to send with <see cref="ISesService.SendAsync"/>: sender, recipients, subject and a text and/or HTML body,
/// all sent as UTF-8. Addresses may carry display names (<c>"Jane Doe" &lt;jane@example.com&gt;</c>).
/// </summary>
public sealed class SesMail
{
    /// <summary>The sender, a verified identity; when null, <see cref="SesOptions.DefaultSource"/> is used.</summary>
    public string? Source { get; set; }

    /// <summary>The To: recipients.</summary>
    public IList<string> To { get; init; } = [];

    /// <summary>The Cc: recipients.</summary>
    public IList<string> Cc { get; init; } = [];

    /// <summary>The Bcc: recipients: they receive the mail but appear in no header.</summary>
    public IList<string> Bcc { get; init; } = [];

    /// <summary>The Reply-To: addresses.</summary>
    public IList<string> ReplyTo { get; init; } = [];

    /// <summary>Where bounces and complaints go; SES's default when null.</summary>
    public string? ReturnPath { get; set; }

    /// <summary>
    /// The subject line: one line of at most 998 characters (RFC 5322's line limit), without control characters other
    /// than tab; SES encodes non-ASCII text itself.
    /// </summary>
    public string? Subject { get; set; }

    /// <summary>The plain-text body.</summary>
    public string? TextBody { get; set; }

    /// <summary>The HTML body.</summary>
    public string? HtmlBody { get; set; }

    /// <summary>
    /// Attachments, regular or inline. A mail with attachments is sent as raw MIME (SendRawEmail); one without is a
    /// plain SendEmail.
    /// </summary>
    public IList<SesAttachment> Attachments { get; init; } = [];

    /// <summary>The SES configuration set; when null, <see cref="SesOptions.ConfigurationSetName"/> is used.</summary>
    public string? ConfigurationSetName { get; set; }

    /// <summary>Message tags published with sending events: names and values of ASCII letters, digits, '_' and '-'.</summary>
    public IDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The number of recipients: To, Cc and Bcc together (SES allows 50).</summary>
    public int RecipientCount => To.Count + Cc.Count + Bcc.Count;
}
