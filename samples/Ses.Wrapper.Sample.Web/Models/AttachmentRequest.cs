using Ses.Wrapper.Sample.Web.Attachments;

namespace Ses.Wrapper.Sample.Web.Models;

/// <summary>
/// One attachment in the JSON body of <c>POST /mail</c>:
/// <c>{"fileName": "invoice.pdf", "contentBase64": "JVBERi0...", "contentType": "application/pdf", "contentId": "logo"}</c>.
/// </summary>
public sealed class AttachmentRequest
{
    /// <summary>The file name shown to the recipient (required).</summary>
    public string? FileName { get; set; }

    /// <summary>The MIME type; inferred from <see cref="FileName"/> when omitted.</summary>
    public string? ContentType { get; set; }

    /// <summary>The content, base64-encoded (required; standard alphabet, padding, whitespace allowed).</summary>
    public string? ContentBase64 { get; set; }

    /// <summary>A Content-ID (without angle brackets) that makes the attachment inline: the HTML body shows it with <c>&lt;img src="cid:…"&gt;</c>.</summary>
    public string? ContentId { get; set; }

    /// <summary>The <see cref="SesAttachment"/> this describes.</summary>
    /// <param name="field">The request field of this attachment, such as <c>attachments[0]</c>, for error messages.</param>
    /// <returns>The attachment.</returns>
    /// <exception cref="ArgumentException">The content is missing or not base64, or the file name, content type or Content-ID is invalid; <see cref="ArgumentException.ParamName"/> names the field.</exception>
    public SesAttachment ToSesAttachment(string field)
    {
        if (string.IsNullOrWhiteSpace(FileName))
        {
            throw new ArgumentException($"{field}.fileName is required: the file name shown to the recipient.", field + ".fileName");
        }

        var contentField = field + ".contentBase64";
        if (ContentBase64 is null)
        {
            throw new ArgumentException($"{contentField} is required: the attachment's content, base64-encoded.", contentField);
        }

        byte[] content;
        try
        {
            content = Convert.FromBase64String(ContentBase64);
        }
        catch (FormatException)
        {
            throw new ArgumentException($"{contentField} is not valid base64.", contentField);
        }

        return AttachmentFactory.Create(field, () => SesAttachment.FromBytes(FileName, content, ContentType, ContentId));
    }
}
