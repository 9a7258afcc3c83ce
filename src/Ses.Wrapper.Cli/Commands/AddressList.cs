using System.Text;

namespace Ses.Wrapper.Cli.Commands;

/// <summary>
/// Splits ses.py's comma-separated address lists (<c>a@x,b@x</c>). Commas inside double quotes or angle brackets
/// belong to the address (<c>"Doe, Jane" &lt;jane@x&gt;</c>); blanks around items and empty items are dropped.
/// </summary>
internal static class AddressList
{
    /// <summary>Splits every value and concatenates the items, in order.</summary>
    /// <param name="values">The option's values (an option may be repeated), or null.</param>
    /// <returns>The addresses.</returns>
    public static IReadOnlyList<string> Split(IEnumerable<string>? values)
    {
        var items = new List<string>();
        if (values is null)
        {
            return items;
        }

        foreach (var value in values)
        {
            SplitOne(value, items);
        }

        return items;
    }

    private static void SplitOne(string value, List<string> items)
    {
        var current = new StringBuilder();
        var inQuotes = false;
        var angleDepth = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\' when inQuotes && i + 1 < value.Length:
                    current.Append(c).Append(value[++i]);
                    continue;
                case '"':
                    inQuotes = !inQuotes;
                    break;
                case '<' when !inQuotes:
                    angleDepth++;
                    break;
                case '>' when !inQuotes && angleDepth > 0:
                    angleDepth--;
                    break;
                case ',' when !inQuotes && angleDepth == 0:
                    Add(current, items);
                    continue;
            }

            current.Append(c);
        }

        Add(current, items);
    }

    private static void Add(StringBuilder current, List<string> items)
    {
        var item = current.ToString().Trim();
        if (item.Length > 0)
        {
            items.Add(item);
        }

        current.Clear();
    }
}
