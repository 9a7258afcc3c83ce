namespace Ses.Wrapper;

/// <summary>
/// One template sent to many destinations, each with its own recipients and template data, for
/// <see cref="ISesService.SendBulkTemplatedAsync"/>. Each destination receives its own mail.
/// </summary>
public sealed class SesBulkTemplatedMail
{
    /// <summary>The sender, a verified identity; when null, <see cref="SesOptions.DefaultSource"/> is used.</summary>
    public string? Source { get; set; }

    /// <summary>The Reply-To: addresses of every mail.</summary>
    public IList<string> ReplyTo { get; init; } = [];

    /// <summary>Where bounces and complaints go; SES's default when null.</summary>
    public string? ReturnPath { get; set; }

    /// <summary>The name of the template.</summary>
    public string? TemplateName { get; set; }

    /// <summary>The template data (a JSON object) of destinations without their own; see <see cref="SesTemplateData"/>.</summary>
    public string DefaultTemplateData { get; set; } = "{}";

    /// <summary>The SES configuration set; when null, <see cref="SesOptions.ConfigurationSetName"/> is used.</summary>
    public string? ConfigurationSetName { get; set; }

    /// <summary>Message tags of destinations without their own.</summary>
    public IDictionary<string, string> DefaultTags { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The destinations; more than 50 are sent in several calls of 50.</summary>
    public IList<SesBulkDestination> Destinations { get; init; } = [];
}
