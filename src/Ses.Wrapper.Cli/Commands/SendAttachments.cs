using Ses.Wrapper.Cli.Hosting;

namespace Ses.Wrapper.Cli.Commands;

/// <summary>Turns <c>--attach FILE</c> and <c>--inline FILE=cid</c> into attachments, checking each file can be read before anything is sent.</summary>
internal static class SendAttachments
{
    /// <summary>The attachments: <paramref name="files"/> first, then the inline ones, each in the order given.</summary>
    /// <exception cref="CliUsageException">A file is missing or unreadable, an --inline value is not file=cid, or a Content-ID is invalid.</exception>
    public static IReadOnlyList<SesAttachment> Create(IEnumerable<string>? files, IEnumerable<string>? inline)
    {
        var attachments = new List<SesAttachment>();
        foreach (var file in files ?? [])
        {
            attachments.Add(FromFile("--attach", file, contentId: null));
        }

        foreach (var value in inline ?? [])
        {
            var equals = value.LastIndexOf('=');
            if (equals <= 0 || equals == value.Length - 1)
            {
                throw new CliUsageException($"--inline '{value}' is not file=cid.");
            }

            attachments.Add(FromFile("--inline", value[..equals], value[(equals + 1)..]));
        }

        return attachments;
    }

    private static SesAttachment FromFile(string option, string path, string? contentId)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new CliUsageException($"{option}: the file name is empty.");
        }

        CliFiles.CheckReadable(option, path);
        try
        {
            return SesAttachment.FromFile(path, contentType: null, contentId);
        }
        catch (FileNotFoundException ex)
        {
            throw new CliUsageException($"{option} '{path}': the file was not found.", ex);
        }
        catch (ArgumentException ex)
        {
            var message = ex.Message;
            var parameter = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
            throw new CliUsageException($"{option} '{path}': {(parameter >= 0 ? message[..parameter] : message)}", ex);
        }
    }
}
