namespace Ses.Wrapper;

/// <summary>One destination of a <see cref="SesBulkTemplatedMail"/>: the recipients of one mail and its own template data.</summary>
public sealed class SesBulkDestination
{
    /// <summary>The To: recipients.</summary>
    public IList<string> To { get; init; } = [];

    /// <summary>The Cc: recipients.</summary>
    public IList<string> Cc { get; init; } = [];

    /// <summary>The Bcc: recipients.</summary>
    public IList<string> Bcc { get; init; } = [];

    /// <summary>Template data (a JSON object) for this mail; <see cref="SesBulkTemplatedMail.DefaultTemplateData"/> when null.</summary>
    public string? TemplateData { get; set; }

    /// <summary>Message tags for this mail, replacing <see cref="SesBulkTemplatedMail.DefaultTags"/> when any are set.</summary>
    public IDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The number of recipients: To, Cc and Bcc together (SES allows 50).</summary>
    public int RecipientCount => To.Count + Cc.Count + Bcc.Count;
}
