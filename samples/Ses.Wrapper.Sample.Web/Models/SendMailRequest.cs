namespace Ses.Wrapper.Sample.Web.Models;

/// <summary>
/// The JSON body of <c>POST /mail</c>: the <see cref="MailFields"/> and, optionally, <see cref="Attachments"/> with
/// base64 content. A mail with attachments goes out as raw MIME (SendRawEmail); one without as a plain SendEmail.
/// </summary>
public sealed class SendMailRequest : MailFields
{
    /// <summary>The attachments: <c>[{"fileName": ..., "contentBase64": ..., "contentType": ..., "contentId": ...}]</c>.</summary>
    public IList<AttachmentRequest?>? Attachments { get; init; }

    /// <summary>The <see cref="SesMail"/> to send, with the attachments decoded.</summary>
    /// <returns>The mail; validation of everything but the attachments is left to <see cref="ISesService.SendAsync"/>.</returns>
    /// <exception cref="ArgumentException">An attachment is invalid; <see cref="ArgumentException.ParamName"/> is its JSON field, such as <c>attachments[0].contentBase64</c>.</exception>
    public SesMail ToSesMail()
    {
        var attachments = new List<SesAttachment>(Attachments?.Count ?? 0);
        for (var i = 0; i < (Attachments?.Count ?? 0); i++)
        {
            var field = $"attachments[{i}]";
            var attachment = Attachments![i] ?? throw new ArgumentException($"{field} is null.", field);
            attachments.Add(attachment.ToSesAttachment(field));
        }

        return ToSesMail(attachments);
    }
}
