using System.Text;

namespace Ses.Wrapper.Cli.Commands.Bulk;

/// <summary>
/// Reads RFC 4180 records from a text reader, one at a time: fields separated by commas, optionally in double quotes
/// (<c>""</c> is a quote inside them; a quoted field may span lines). Unquoted fields are trimmed. Counts physical lines.
/// </summary>
/// <param name="reader">The text to read.</param>
internal sealed class CsvRecordReader(TextReader reader)
{
    /// <summary>The number of physical lines read so far.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Reads the next physical line; null at the end.</summary>
    public async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        var line = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        if (line is not null)
        {
            LineNumber++;
        }

        return line;
    }

    /// <summary>Parses a record that starts with <paramref name="firstLine"/>, reading more lines while a quoted field is open.</summary>
    /// <returns>The fields, or null when the file ends inside a quoted field.</returns>
    public async Task<List<string>?> ParseAsync(string firstLine, CancellationToken cancellationToken)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var wasQuoted = false;
        var line = firstLine;
        var i = 0;
        while (true)
        {
            if (i >= line.Length)
            {
                if (!quoted)
                {
                    fields.Add(Finish(field, wasQuoted));
                    return fields;
                }

                var next = await ReadLineAsync(cancellationToken).ConfigureAwait(false);
                if (next is null)
                {
                    return null;
                }

                field.Append('\n');
                line = next;
                i = 0;
                continue;
            }

            var c = line[i++];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i < line.Length && line[i] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == ',')
            {
                fields.Add(Finish(field, wasQuoted));
                wasQuoted = false;
            }
            else if (c == '"' && field.ToString().Trim().Length == 0 && !wasQuoted)
            {
                field.Clear();
                quoted = true;
                wasQuoted = true;
            }
            else
            {
                field.Append(c);
            }
        }
    }

    private static string Finish(StringBuilder field, bool wasQuoted)
    {
        var value = wasQuoted ? field.ToString() : field.ToString().Trim();
        field.Clear();
        return value;
    }
}
