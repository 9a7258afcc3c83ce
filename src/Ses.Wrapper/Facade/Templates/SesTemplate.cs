namespace Ses.Wrapper;

/// <summary>
/// An SES email template: a subject and a text and/or HTML body in which <c>{{name}}</c> placeholders are filled from
/// JSON template data when a mail is sent (Handlebars syntax: <c>{{#if}}</c>, <c>{{#each}}</c> also work).
/// </summary>
public sealed class SesTemplate
{
    /// <summary>The template's name: 1 to 64 ASCII letters, digits, '_' or '-'.</summary>
    public string? Name { get; set; }

    /// <summary>The subject line, with placeholders.</summary>
    public string? Subject { get; set; }

    /// <summary>The plain-text body, with placeholders.</summary>
    public string? TextBody { get; set; }

    /// <summary>The HTML body, with placeholders.</summary>
    public string? HtmlBody { get; set; }
}
