using System.Text;
using System.Text.RegularExpressions;

namespace Ses.Wrapper.Cli.Credentials;

/// <summary>
/// Reads ses.py's credentials file: <c>AWSAccessKeyId=...</c> and <c>AWSSecretKey=...</c> lines, optionally
/// <c>AWSSessionToken=...</c> and <c>Region=...</c>. Blank lines, <c>#</c> comments, spaces around <c>=</c>, CRLF line
/// ends and a byte order mark are tolerated. Errors name the file and line and never repeat a value from the file.
/// </summary>
internal static partial class CredentialsFileParser
{
    /// <summary>The key of the access key id.</summary>
    public const string AccessKeyIdKey = "AWSAccessKeyId";

    /// <summary>The key of the secret access key.</summary>
    public const string SecretKeyKey = "AWSSecretKey";

    /// <summary>The key of the optional session token.</summary>
    public const string SessionTokenKey = "AWSSessionToken";

    /// <summary>The key of the optional region.</summary>
    public const string RegionKey = "Region";

    /// <summary>The largest file read; a credentials file is a few hundred bytes.</summary>
    public const int MaxFileBytes = 64 * 1024;

    private static readonly string[] Keys = [AccessKeyIdKey, SecretKeyKey, SessionTokenKey, RegionKey];

    /// <summary>Reads and parses the file at <paramref name="path"/>.</summary>
    /// <param name="path">The file, as given on the command line.</param>
    /// <returns>The credentials.</returns>
    /// <exception cref="CredentialsFileException">The file is missing, unreadable or malformed.</exception>
    public static CredentialsFile ReadFile(string path)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (Directory.Exists(path))
            {
                throw new CredentialsFileException(path, null, "is a directory, not a credentials file.");
            }

            if (!info.Exists)
            {
                throw new CredentialsFileException(path, null, "the credentials file was not found.");
            }

            if (info.Length > MaxFileBytes)
            {
                throw new CredentialsFileException(path, null, $"is {info.Length} bytes long; a credentials file has at most {MaxFileBytes}.");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CredentialsFileException(path, null, "the credentials file could not be read: " + ex.Message, ex);
        }

        return Parse(Decode(bytes), path);
    }

    /// <summary>Parses the text of a credentials file.</summary>
    /// <param name="text">The file's text (a leading byte order mark is ignored).</param>
    /// <param name="path">The file's name, for error messages.</param>
    /// <returns>The credentials.</returns>
    /// <exception cref="CredentialsFileException">The text is malformed.</exception>
    public static CredentialsFile Parse(string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(path);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var values = new Dictionary<string, (string Value, int Line)>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                throw new CredentialsFileException(path, lineNumber, "expected KEY=VALUE, but the line has no '='.");
            }

            var name = line[..equals].Trim();
            var value = line[(equals + 1)..].Trim();
            if (name.Length == 0)
            {
                throw new CredentialsFileException(path, lineNumber, "the line has no key before '='.");
            }

            var key = Array.Find(Keys, k => k.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (key is null)
            {
                throw new CredentialsFileException(path, lineNumber, $"unknown key {Describe(name)}; expected {AccessKeyIdKey}, {SecretKeyKey}, {SessionTokenKey} or {RegionKey}.");
            }

            if (values.TryGetValue(key, out var first))
            {
                throw new CredentialsFileException(path, lineNumber, $"{key} is given twice (first on line {first.Line}).");
            }

            if (value.Length == 0)
            {
                throw new CredentialsFileException(path, lineNumber, $"{key} has no value.");
            }

            if (value.AsSpan().ContainsAny(ControlCharacters))
            {
                throw new CredentialsFileException(path, lineNumber, $"the value of {key} contains a control character.");
            }

            values[key] = (value, lineNumber);
        }

        var accessKeyId = Required(values, AccessKeyIdKey, path);
        var secretKey = Required(values, SecretKeyKey, path);
        return new CredentialsFile(
            path,
            accessKeyId,
            secretKey,
            values.TryGetValue(SessionTokenKey, out var token) ? token.Value : null,
            values.TryGetValue(RegionKey, out var region) ? region.Value : null);
    }

    private static readonly System.Buffers.SearchValues<char> ControlCharacters =
        System.Buffers.SearchValues.Create(Enumerable.Range(0, 32).Where(c => c != '\t').Select(c => (char)c).Append('\u007F').ToArray());

    private static string Required(Dictionary<string, (string Value, int Line)> values, string key, string path) =>
        values.TryGetValue(key, out var entry)
            ? entry.Value
            : throw new CredentialsFileException(path, null, $"no {key} line; a credentials file needs {AccessKeyIdKey}=... and {SecretKeyKey}=... lines.");

    /// <summary>Names an unknown key only when it looks like a key name; anything else may be a pasted secret.</summary>
    private static string Describe(string name) =>
        name.Length <= 24 && KeyNamePattern().IsMatch(name) ? $"'{name}'" : "(not shown: it does not look like a key name)";

    private static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_.-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyNamePattern();
}
