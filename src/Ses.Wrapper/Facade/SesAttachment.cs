using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using MimeKit;
using MimeKit.IO;

namespace Ses.Wrapper;

/// <summary>
/// A file attached to a <see cref="SesMail"/>: from a file path, bytes or a stream. Its content type comes from the file
/// name (MimeKit's table of extensions) unless given. With a <see cref="ContentId"/> it is an inline attachment that the
/// HTML body shows with <c>&lt;img src="cid:{ContentId}"&gt;</c>. A mail with attachments is sent as raw MIME
/// (SendRawEmail); the content is read when the mail is sent, base64-encoded.
/// </summary>
public sealed partial class SesAttachment
{
    private readonly string? path;
    private readonly ReadOnlyMemory<byte> bytes;
    private readonly Stream? stream;
    private readonly long streamStart;
    private readonly Lock copyLock = new();
    private MemoryBlockStream? copy;

    private SesAttachment(string fileName, string? contentType, string? contentId, string? path, ReadOnlyMemory<byte> bytes, Stream? stream)
    {
        CheckFileName(fileName);
        FileName = fileName;
        ContentType = CheckContentType(contentType ?? MimeTypes.GetMimeType(fileName));
        if (contentId is not null && !ContentIdPattern().IsMatch(contentId))
        {
            throw new ArgumentException($"The Content-ID '{contentId}' is invalid: use 1 to 250 ASCII letters, digits and !#$%&'*+-./=?^_`{{|}}~@ (no spaces or angle brackets).", nameof(contentId));
        }

        ContentId = contentId;
        this.path = path;
        this.bytes = bytes;
        this.stream = stream;
        streamStart = stream is { CanSeek: true } ? stream.Position : -1;
    }

    /// <summary>The file name shown to the recipient.</summary>
    public string FileName { get; }

    /// <summary>The MIME type, for example <c>application/pdf</c>.</summary>
    public string ContentType { get; }

    /// <summary>The Content-ID of an inline attachment (without angle brackets), or null for a regular attachment.</summary>
    public string? ContentId { get; }

    /// <summary>True when the attachment is inline (it has a <see cref="ContentId"/>).</summary>
    public bool IsInline => ContentId is not null;

    /// <summary>Attaches a file, read when the mail is sent.</summary>
    /// <param name="path">The file's path; its name is the attachment's file name.</param>
    /// <param name="contentType">The MIME type; from the file's extension when null.</param>
    /// <param name="contentId">A Content-ID to make the attachment inline, or null.</param>
    /// <returns>The attachment.</returns>
    /// <exception cref="ArgumentException">The path, content type or Content-ID is invalid.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static SesAttachment FromFile(string path, string? contentType = null, string? contentId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The attachment '{path}' does not exist.", path);
        }

        return new SesAttachment(Path.GetFileName(path), contentType, contentId, Path.GetFullPath(path), default, null);
    }

    /// <summary>Attaches bytes; they are not copied, so don't change them before the mail is sent.</summary>
    /// <param name="fileName">The file name shown to the recipient.</param>
    /// <param name="content">The content.</param>
    /// <param name="contentType">The MIME type; from the file name's extension when null.</param>
    /// <param name="contentId">A Content-ID to make the attachment inline, or null.</param>
    /// <returns>The attachment.</returns>
    /// <exception cref="ArgumentException">The file name, content type or Content-ID is invalid.</exception>
    public static SesAttachment FromBytes(string fileName, ReadOnlyMemory<byte> content, string? contentType = null, string? contentId = null) =>
        new(fileName, contentType, contentId, null, content, null);

    /// <summary>
    /// Attaches the content of a stream from its current position to its end, read when the mail is sent. A seekable
    /// stream is read again for each send and must stay open until then; a stream that cannot seek is copied into
    /// memory the first time it is read.
    /// </summary>
    /// <param name="fileName">The file name shown to the recipient.</param>
    /// <param name="content">The stream; it is not disposed.</param>
    /// <param name="contentType">The MIME type; from the file name's extension when null.</param>
    /// <param name="contentId">A Content-ID to make the attachment inline, or null.</param>
    /// <returns>The attachment.</returns>
    /// <exception cref="ArgumentException">The file name, content type or Content-ID is invalid, or the stream cannot be read.</exception>
    public static SesAttachment FromStream(string fileName, Stream content, string? contentType = null, string? contentId = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!content.CanRead)
        {
            throw new ArgumentException("The attachment's stream cannot be read.", nameof(content));
        }

        return new SesAttachment(fileName, contentType, contentId, null, default, content);
    }

    /// <summary>
    /// Opens the content for reading, as it will be sent: a seekable stream positioned at the attachment's start (for a
    /// decorator of <see cref="ISesService"/>, a fake or a test). The caller disposes it; the attachment's own stream,
    /// if any, stays open.
    /// </summary>
    /// <param name="cancellationToken">Cancels copying a stream that cannot seek.</param>
    /// <returns>The content.</returns>
    /// <exception cref="FileNotFoundException">The attachment's file no longer exists.</exception>
    public Task<Stream> OpenReadAsync(CancellationToken cancellationToken = default) => OpenAsync(cancellationToken);

    /// <summary>Opens the content as a seekable stream positioned at its start; the caller disposes it.</summary>
    internal async Task<Stream> OpenAsync(CancellationToken cancellationToken)
    {
        if (path is not null)
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }

        if (stream is null)
        {
            return MemoryMarshal.TryGetArray(bytes, out var segment)
                ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
                : new MemoryStream(bytes.ToArray(), writable: false);
        }

        if (streamStart >= 0)
        {
            return new BoundStream(stream, streamStart, -1, leaveOpen: true);
        }

        lock (copyLock)
        {
            if (copy is not null)
            {
                return new BoundStream(copy, 0, -1, leaveOpen: true);
            }
        }

        var buffered = new MemoryBlockStream();
        await stream.CopyToAsync(buffered, cancellationToken).ConfigureAwait(false);
        lock (copyLock)
        {
            copy ??= buffered;
            return new BoundStream(copy, 0, -1, leaveOpen: true);
        }
    }

    private static void CheckFileName(string fileName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        if (fileName.AsSpan().ContainsAnyInRange('\0', '\u001f'))
        {
            throw new ArgumentException($"The attachment file name '{fileName}' contains a control character.", nameof(fileName));
        }
    }

    private static string CheckContentType(string contentType)
    {
        if (!MimeKit.ContentType.TryParse(contentType, out var parsed) || parsed.MediaType.Length == 0 || parsed.MediaSubtype.Length == 0)
        {
            throw new ArgumentException($"The content type '{contentType}' is not a valid MIME type such as 'application/pdf'.", nameof(contentType));
        }

        return parsed.MimeType;
    }

    [GeneratedRegex(@"^[A-Za-z0-9!#$%&'*+\-./=?^_`{|}~@]{1,250}$", RegexOptions.CultureInvariant)]
    private static partial Regex ContentIdPattern();
}
