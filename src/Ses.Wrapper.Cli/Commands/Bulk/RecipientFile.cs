using System.Runtime.CompilerServices;
using System.Text;
using Ses.Wrapper.Cli.Hosting;

namespace Ses.Wrapper.Cli.Commands.Bulk;

/// <summary>
/// The <c>--to-file</c> of <c>ses send-bulk</c>, read as a stream (never held in memory): a plain list (one address per
/// line; blank lines and <c>#</c> comments skipped) or a CSV whose header row has an <c>email</c> or <c>address</c>
/// column (a <c>.csv</c> file, or a first line that is such a header); the other columns are per-recipient fields.
/// </summary>
internal sealed class RecipientFile
{
    /// <summary>The field a plain list's address is known by in <c>{{email}}</c>.</summary>
    public const string PlainColumn = "email";

    private static readonly string[] AddressColumns = ["email", "address", "e-mail", "email address", "email_address", "emailaddress"];
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private RecipientFile(string path, IReadOnlyList<string>? columns, int addressColumn)
    {
        Path = path;
        Columns = columns;
        AddressColumn = addressColumn;
    }

    /// <summary>The file's path.</summary>
    public string Path { get; }

    /// <summary>The CSV header's column names, or null for a plain list.</summary>
    public IReadOnlyList<string>? Columns { get; }

    /// <summary>The index of the address column in <see cref="Columns"/>.</summary>
    public int AddressColumn { get; }

    /// <summary>The names <c>{{...}}</c> placeholders may use.</summary>
    public IEnumerable<string> FieldNames => Columns ?? [PlainColumn];

    /// <summary>Opens the file and reads its header, if it has one.</summary>
    /// <exception cref="CliUsageException">The file cannot be read, or a CSV has no address column.</exception>
    public static async Task<RecipientFile> OpenAsync(string path, CancellationToken cancellationToken)
    {
        using var reader = OpenReader(path);
        var csv = new CsvRecordReader(reader);
        var isCsv = path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        string? line;
        do
        {
            line = await ReadAsync(csv, path, cancellationToken).ConfigureAwait(false);
        }
        while (line is not null && IsSkipped(line));

        if (line is null)
        {
            return new RecipientFile(path, null, 0);
        }

        var header = await csv.ParseAsync(line, cancellationToken).ConfigureAwait(false);
        var addressColumn = header is null ? -1 : header.FindIndex(h => AddressColumns.Contains(h.Trim(), StringComparer.OrdinalIgnoreCase));
        if (addressColumn >= 0)
        {
            var columns = header!.Select(h => h.Trim()).ToList();
            var duplicate = columns.GroupBy(c => c, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                throw new CliUsageException($"--to-file '{path}': the header names the column '{duplicate.Key}' twice.");
            }

            return new RecipientFile(path, columns, addressColumn);
        }

        if (isCsv)
        {
            throw new CliUsageException($"--to-file '{path}': the CSV header (line {csv.LineNumber}) has no 'email' or 'address' column.");
        }

        return new RecipientFile(path, null, 0);
    }

    /// <summary>Reads the recipients, in order, from the start of the file.</summary>
    public async IAsyncEnumerable<RecipientRow> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = OpenReader(Path);
        var csv = new CsvRecordReader(reader);
        var headerSkipped = Columns is null;
        while (await ReadAsync(csv, Path, cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (IsSkipped(line))
            {
                continue;
            }

            var start = csv.LineNumber;
            if (Columns is null)
            {
                var address = line.Trim();
                yield return new RecipientRow(start, address, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { [PlainColumn] = address }, null);
                continue;
            }

            var fields = await csv.ParseAsync(line, cancellationToken).ConfigureAwait(false);
            if (!headerSkipped)
            {
                headerSkipped = true;
                continue;
            }

            if (fields is null)
            {
                yield return new RecipientRow(start, string.Empty, Empty, "a quoted field is not closed before the end of the file.");
                yield break;
            }

            if (fields.Count != Columns.Count)
            {
                yield return new RecipientRow(start, string.Empty, Empty, $"{fields.Count} fields, but the header has {Columns.Count} columns.");
                continue;
            }

            var values = new Dictionary<string, string>(Columns.Count, StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < Columns.Count; i++)
            {
                values[Columns[i]] = fields[i];
            }

            yield return new RecipientRow(start, fields[AddressColumn].Trim(), values, null);
        }
    }

    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();

    private static bool IsSkipped(string line)
    {
        var trimmed = line.AsSpan().Trim();
        return trimmed.IsEmpty || trimmed[0] == '#';
    }

    private static async Task<string?> ReadAsync(CsvRecordReader csv, string path, CancellationToken cancellationToken)
    {
        try
        {
            return await csv.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            throw new CliUsageException($"--to-file '{path}': the file could not be read: {ex.Message}", ex);
        }
    }

    private static StreamReader OpenReader(string path)
    {
        try
        {
            return new StreamReader(path, Utf8, detectEncodingFromByteOrderMarks: true, new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Options = FileOptions.SequentialScan });
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CliUsageException($"--to-file '{path}': the file was not found.", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new CliUsageException($"--to-file '{path}': the file could not be read: {ex.Message}", ex);
        }
    }
}
