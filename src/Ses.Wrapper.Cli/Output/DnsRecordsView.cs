using Spectre.Console;

namespace Ses.Wrapper.Cli.Output;

/// <summary>
/// The DNS records of <c>ses verify-domain</c> as a table (name, type, value). It is rendered as wide as the records
/// need, never wrapped or cut, so each value can be copied whole into a DNS zone.
/// </summary>
internal static class DnsRecordsView
{
    /// <summary>Renders the table as plain text (no colours, no trailing blanks), lines separated by <c>\n</c>.</summary>
    public static string Render(string domain, IEnumerable<SesDnsRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var list = records.ToList();
        var table = new Table().Border(TableBorder.Rounded).Title($"DNS records to publish for {domain}");
        table.AddColumn(new TableColumn("Name").NoWrap());
        table.AddColumn(new TableColumn("Type").NoWrap());
        table.AddColumn(new TableColumn("Value").NoWrap());
        foreach (var record in list)
        {
            table.AddRow(new Text(record.Name), new Text(record.Type), new Text(record.Value));
        }

        var width = 3 * 3 + 1 + Width(list, r => r.Name, "Name") + Width(list, r => r.Type, "Type") + Width(list, r => r.Value, "Value");
        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
            Enrichment = new ProfileEnrichment { UseDefaultEnrichers = false },
        });
        console.Profile.Width = Math.Max(80, width);
        console.Profile.Capabilities.Unicode = true;
        console.Write(table);
        return string.Join('\n', writer.ToString().Split('\n').Select(line => line.TrimEnd()));
    }

    private static int Width(List<SesDnsRecord> records, Func<SesDnsRecord, string> field, string header) =>
        records.Select(r => field(r).Length).Append(header.Length).Max();
}
