using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Ses.Wrapper.Cli.Output;

/// <summary>The human views of <c>ses templates list</c> and <c>ses templates get</c>.</summary>
internal static class TemplateView
{
    /// <summary>The format of a creation time in the table (UTC).</summary>
    public const string TimeFormat = "yyyy-MM-dd HH:mm:ss";

    /// <summary>The table of templates: name and creation time (UTC).</summary>
    public static IRenderable Table(IEnumerable<SesTemplateInfo> templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn("Name"));
        table.AddColumn(new TableColumn("Created (UTC)").NoWrap());
        foreach (var template in templates)
        {
            table.AddRow(new Text(template.Name), new Text(template.CreatedAt.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture)));
        }

        return table;
    }

    /// <summary>A template as text: name and subject lines, then each body under its own heading.</summary>
    public static IEnumerable<string> Lines(SesTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        yield return "Name:    " + template.Name;
        yield return "Subject: " + template.Subject;
        if (template.TextBody is not null)
        {
            yield return string.Empty;
            yield return "--- text body";
            yield return template.TextBody.TrimEnd('\n', '\r');
        }

        if (template.HtmlBody is not null)
        {
            yield return string.Empty;
            yield return "--- HTML body";
            yield return template.HtmlBody.TrimEnd('\n', '\r');
        }
    }
}
