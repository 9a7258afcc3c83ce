namespace Ses.Wrapper.Sample.Web.Attachments;

/// <summary>
/// The file parts of <c>POST /mail/multipart</c> as <see cref="SesAttachment"/>s. Every file part is named
/// <c>attachments</c>; its file name is the attachment's, its Content-Type the MIME type (inferred from the file name when
/// the part has none or only <c>application/octet-stream</c>), and a <c>Content-ID</c> header on the part makes the
/// attachment inline. The content is streamed from ASP.NET Core's buffer when the mail is sent, not copied.
/// </summary>
public static class FormAttachments
{
    /// <summary>The form part name of attachment files.</summary>
    public const string PartName = "attachments";

    private const string OctetStream = "application/octet-stream";

    /// <summary>Opens every file part as an attachment, in form order.</summary>
    /// <param name="files">The request's files.</param>
    /// <param name="opened">Receives the opened streams; the caller disposes them once the mail is sent.</param>
    /// <returns>The attachments: the i-th file part is <c>attachments[i]</c>.</returns>
    /// <exception cref="ArgumentException">A file part has another name, or its file name, Content-Type or Content-ID is invalid; <see cref="ArgumentException.ParamName"/> names the part.</exception>
    public static IList<SesAttachment> Open(IFormFileCollection files, ICollection<Stream> opened)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(opened);
        var attachments = new List<SesAttachment>(files.Count);
        foreach (var file in files)
        {
            if (file.Name != PartName)
            {
                throw new ArgumentException($"The file part '{file.Name}' is not expected: send files as parts named '{PartName}'.", file.Name);
            }

            var field = $"{PartName}[{attachments.Count}]";
            var contentType = string.IsNullOrWhiteSpace(file.ContentType) || string.Equals(file.ContentType, OctetStream, StringComparison.OrdinalIgnoreCase)
                ? null
                : file.ContentType;
            var contentId = ContentId(file);
            var fileName = FileName(file.FileName);
            var stream = file.OpenReadStream();
            opened.Add(stream);
            attachments.Add(AttachmentFactory.Create(field, () => SesAttachment.FromStream(fileName, stream, contentType, contentId)));
        }

        return attachments;
    }

    /// <summary>The Content-ID header of a part, without angle brackets; null when absent.</summary>
    private static string? ContentId(IFormFile file)
    {
        var header = file.Headers?["Content-ID"].ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        var value = header.Trim();
        return value.Length >= 2 && value[0] == '<' && value[^1] == '>' ? value[1..^1] : value;
    }

    /// <summary>The last segment of a file name some browsers send as a full path.</summary>
    private static string FileName(string fileName)
    {
        var slash = fileName.AsSpan().LastIndexOfAny('/', '\\');
        return slash < 0 ? fileName : fileName[(slash + 1)..];
    }
}
