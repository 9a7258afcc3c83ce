namespace Ses.Wrapper.Cli.Credentials;

/// <summary>A credentials file that is missing or malformed. The message names the file (and line) and never holds a secret.</summary>
internal sealed class CredentialsFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The file.</param>
    /// <param name="line">The 1-based line at fault, or null when the fault is not on one line.</param>
    /// <param name="reason">What is wrong, without any value from the file.</param>
    /// <param name="innerException">The I/O failure behind it, if any.</param>
    public CredentialsFileException(string path, int? line, string reason, Exception? innerException = null)
        : base(line is null ? $"{path}: {reason}" : $"{path}:{line}: {reason}", innerException)
    {
        Path = path;
        Line = line;
        Reason = reason;
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>The 1-based line at fault, or null.</summary>
    public int? Line { get; }

    /// <summary>What is wrong.</summary>
    public string Reason { get; }
}
