namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>An email template: a subject and a text and/or HTML body with <c>{{placeholders}}</c> filled from JSON template data.</summary>
public class Template
{
    /// <summary>The template's name: ASCII letters, digits, underscores and dashes, at most 64 characters.</summary>
    public string? TemplateName { get; set; }

    /// <summary>The subject line, with placeholders.</summary>
    public string? SubjectPart { get; set; }

    /// <summary>The plain-text body, with placeholders.</summary>
    public string? TextPart { get; set; }

    /// <summary>The HTML body, with placeholders.</summary>
    public string? HtmlPart { get; set; }
}
