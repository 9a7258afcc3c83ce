using System.Text;
using Ses.Wrapper.Cli.Hosting;

namespace Ses.Wrapper.Cli.Commands;

/// <summary>Reads the files named by options; a missing or unreadable file is a usage error naming the option and the file.</summary>
internal static class CliFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Reads a UTF-8 text file.</summary>
    /// <exception cref="CliUsageException">The file is missing or cannot be read.</exception>
    public static async Task<string> ReadTextAsync(string option, string path, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllTextAsync(path, Utf8, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Describe(option, path, ex);
        }
    }

    /// <summary>Opens a file for reading; the caller disposes the stream.</summary>
    /// <exception cref="CliUsageException">The file is missing or cannot be read.</exception>
    public static FileStream OpenRead(string option, string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                throw new CliUsageException($"{option} '{path}': is a directory, not a file.");
            }

            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Describe(option, path, ex);
        }
    }

    /// <summary>Checks that a file exists and can be opened for reading now.</summary>
    /// <exception cref="CliUsageException">It cannot.</exception>
    public static void CheckReadable(string option, string path)
    {
        using var stream = OpenRead(option, path);
    }

    private static CliUsageException Describe(string option, string path, Exception ex) =>
        ex is FileNotFoundException or DirectoryNotFoundException
            ? new CliUsageException($"{option} '{path}': the file was not found.", ex)
            : new CliUsageException($"{option} '{path}': the file could not be read: {ex.Message}", ex);
}
