using System.Net;
using System.Text.RegularExpressions;
using Ses.Wrapper.Cli.Hosting;

namespace Ses.Wrapper.Cli.Commands.Bulk;

/// <summary>
/// The subject and bodies of <c>ses send-bulk</c> with <c>{{column}}</c> placeholders (names case-insensitive, blanks
/// inside the braces ignored), filled per recipient. Values are HTML-encoded in the HTML body.
/// </summary>
internal sealed partial class MailTemplate(string subject, string? textBody, string? htmlBody)
{
    /// <summary>The subject template.</summary>
    public string Subject { get; } = subject;

    /// <summary>The text body template, or null.</summary>
    public string? TextBody { get; } = textBody;

    /// <summary>The HTML body template, or null.</summary>
    public string? HtmlBody { get; } = htmlBody;

    /// <summary>Checks that every placeholder names one of <paramref name="fields"/>.</summary>
    /// <exception cref="CliUsageException">A placeholder names no column.</exception>
    public void Check(IEnumerable<string> fields, string path)
    {
        var known = new HashSet<string>(fields, StringComparer.OrdinalIgnoreCase);
        foreach (var (what, text) in new[] { ("the subject", Subject), ("the text body", TextBody), ("the HTML body", HtmlBody) })
        {
            if (text is null)
            {
                continue;
            }

            foreach (Match match in Placeholder().Matches(text))
            {
                var name = match.Groups["name"].Value;
                if (!known.Contains(name))
                {
                    throw new CliUsageException($"{{{{{name}}}}} in {what}: --to-file '{path}' has no such column (it has: {string.Join(", ", known)}).");
                }
            }
        }
    }

    /// <summary>Fills the placeholders with a recipient's fields.</summary>
    public (string Subject, string? TextBody, string? HtmlBody) Fill(IReadOnlyDictionary<string, string> fields) =>
        (Replace(Subject, fields, html: false), TextBody is null ? null : Replace(TextBody, fields, html: false), HtmlBody is null ? null : Replace(HtmlBody, fields, html: true));

    private static string Replace(string text, IReadOnlyDictionary<string, string> fields, bool html) =>
        text.Contains("{{", StringComparison.Ordinal)
            ? Placeholder().Replace(text, m =>
            {
                var value = fields.TryGetValue(m.Groups["name"].Value, out var v) ? v : m.Value;
                return html ? WebUtility.HtmlEncode(value) : value;
            })
            : text;

    [GeneratedRegex(@"\{\{\s*(?<name>[^{}]+?)\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
