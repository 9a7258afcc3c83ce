namespace Ses.Wrapper;

/// <summary>A mail made from an SES template, for <see cref="ISesService.SendTemplatedAsync"/>.</summary>
public sealed class SesTemplatedMail
{
    /// <summary>The sender, a verified identity; when null, <see cref="SesOptions.DefaultSource"/> is used.</summary>
    public string? Source { get; set; }

    /// <summary>The To: recipients.</summary>
    public IList<string> To { get; init; } = [];

    /// <summary>The Cc: recipients.</summary>
    public IList<string> Cc { get; init; } = [];

    /// <summary>The Bcc: recipients.</summary>
    public IList<string> Bcc { get; init; } = [];

    /// <summary>The Reply-To: addresses.</summary>
    public IList<string> ReplyTo { get; init; } = [];

    /// <summary>Where bounces and complaints go; SES's default when null.</summary>
    public string? ReturnPath { get; set; }

    /// <summary>The name of the template.</summary>
    public string? TemplateName { get; set; }

    /// <summary>
    /// The replacement values as a JSON object, for example <c>{"name":"Jane"}</c>; make it from any object with
    /// <see cref="SesTemplateData"/>.
    /// </summary>
    public string TemplateData { get; set; } = "{}";

    /// <summary>The SES configuration set; when null, <see cref="SesOptions.ConfigurationSetName"/> is used.</summary>
    public string? ConfigurationSetName { get; set; }

    /// <summary>Message tags published with sending events: names and values of ASCII letters, digits, '_' and '-'.</summary>
    public IDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The number of recipients: To, Cc and Bcc together (SES allows 50).</summary>
    public int RecipientCount => To.Count + Cc.Count + Bcc.Count;
}
