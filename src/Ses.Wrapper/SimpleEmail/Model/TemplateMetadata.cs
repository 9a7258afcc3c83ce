namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>The name and creation time of a template, as ListTemplates returns them.</summary>
public class TemplateMetadata
{
    /// <summary>The template's name.</summary>
    public string? Name { get; set; }

    /// <summary>When the template was created, in UTC.</summary>
    public DateTime? CreatedTimestamp { get; set; }
}
