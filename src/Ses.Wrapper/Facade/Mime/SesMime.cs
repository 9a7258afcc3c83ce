using System.Globalization;
using MimeKit;
using MimeKit.Utils;

namespace Ses.Wrapper;

/// <summary>
/// Builds and checks MIME for SES with MimeKit: display names and subjects as RFC 2047 encoded words, IDN domains as
/// punycode, UTF-8 bodies in quoted-printable or base64, CRLF line ends, and never a Bcc header.
/// </summary>
internal static class SesMime
{
    /// <summary>How messages are written for SES: 7-bit headers, CRLF, no Bcc or Resent-Bcc header.</summary>
    public static readonly FormatOptions Format = CreateFormat();

    /// <summary>Parses an address (with or without a display name) and refuses one SES cannot send to.</summary>
    /// <exception cref="ArgumentException">The address is invalid or its local part needs SMTPUTF8.</exception>
    public static MailboxAddress ParseMailbox(string address, string field)
    {
        if (!MailboxAddress.TryParse(ParserOptions.Default, address, out var mailbox) || mailbox.Domain.Length == 0 || mailbox.LocalPart.Length == 0)
        {
            throw new ArgumentException($"{field} '{address}' is not a valid email address.", field);
        }

        CheckAscii(mailbox, field);
        return mailbox;
    }

    /// <summary>Refuses an address whose local part is not ASCII: SES does not support SMTPUTF8.</summary>
    /// <exception cref="ArgumentException">The local part needs SMTPUTF8.</exception>
    public static void CheckAscii(MailboxAddress mailbox, string field)
    {
        if (!System.Text.Ascii.IsValid(mailbox.LocalPart))
        {
            throw new ArgumentException(
                $"{field} '{mailbox.Address}' has a non-ASCII local part ('{mailbox.LocalPart}'): it needs SMTPUTF8, which SES does not support. Use an ASCII address (a non-ASCII domain is fine).",
                field);
        }
    }

    /// <summary>The bare address for the SES envelope: ASCII, the domain in punycode.</summary>
    public static string EnvelopeAddress(MailboxAddress mailbox) => mailbox.GetAddress(idnEncode: true);

    /// <summary>
    /// An address as SES's SendEmail takes it: unchanged when it is ASCII, else with an RFC 2047 display name and a
    /// punycode domain.
    /// </summary>
    public static string EncodeForSendEmail(string address, string field)
    {
        if (System.Text.Ascii.IsValid(address))
        {
            return address;
        }

        var mailbox = ParseMailbox(address, field);
        return mailbox.ToString(Format, encode: true);
    }

    /// <summary>A new Message-Id on the sender's domain (in punycode).</summary>
    public static string MessageIdFor(MailboxAddress from)
    {
        var domain = MailboxAddress.IdnMapping.Encode(from.Domain);
        return MimeUtils.GenerateMessageId(domain);
    }

    /// <summary>Builds the MIME message of <paramref name="mail"/>; the attachments' content streams are added to <paramref name="opened"/>.</summary>
    public static async Task<MimeMessage> BuildAsync(SesMail mail, MailboxAddress from, DateTimeOffset date, List<IDisposable> opened, CancellationToken cancellationToken)
    {
        var message = new MimeMessage { Date = date, Subject = mail.Subject ?? string.Empty };
        message.From.Add(from);
        message.MessageId = MessageIdFor(from);
        AddAll(message.To, mail.To, "mail.To");
        AddAll(message.Cc, mail.Cc, "mail.Cc");
        AddAll(message.ReplyTo, mail.ReplyTo, "mail.ReplyTo");

        var builder = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody };
        for (var i = 0; i < mail.Attachments.Count; i++)
        {
            var attachment = mail.Attachments[i] ?? throw new ArgumentNullException(string.Create(CultureInfo.InvariantCulture, $"mail.Attachments[{i}]"), "An attachment is null.");
            var content = await attachment.OpenAsync(cancellationToken).ConfigureAwait(false);
            opened.Add(content);
            var part = new MimePart(ContentType.Parse(attachment.ContentType))
            {
                Content = new MimeContent(content),
                ContentTransferEncoding = ContentEncoding.Base64,
                ContentDisposition = new ContentDisposition(attachment.IsInline ? ContentDisposition.Inline : ContentDisposition.Attachment),
                FileName = attachment.FileName,
            };
            if (attachment.IsInline)
            {
                part.ContentId = attachment.ContentId;
            }

            // BodyBuilder drops linked resources when there is no HTML body to show them in: attach those instead.
            (attachment.IsInline && mail.HtmlBody is not null ? builder.LinkedResources : builder.Attachments).Add(part);
        }

        message.Body = builder.ToMessageBody();
        Prepare(message);
        return message;
    }

    /// <summary>Gives every part without a transport-safe encoding quoted-printable or base64 (whichever is smaller).</summary>
    public static void Prepare(MimeMessage message) => message.Prepare(EncodingConstraint.SevenBit, 78);

    private static void AddAll(InternetAddressList list, IList<string> addresses, string field)
    {
        for (var i = 0; i < addresses.Count; i++)
        {
            list.Add(ParseMailbox(addresses[i], string.Create(CultureInfo.InvariantCulture, $"{field}[{i}]")));
        }
    }

    private static FormatOptions CreateFormat()
    {
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        format.International = false;
        format.HiddenHeaders.Add(HeaderId.Bcc);
        format.HiddenHeaders.Add(HeaderId.ResentBcc);
        return format;
    }
}
