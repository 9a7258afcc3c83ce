namespace Ses.Wrapper.Sample.Web.Models;

/// <summary>
/// The fields of a mail, shared by <c>POST /mail</c> (JSON, <see cref="SendMailRequest"/>) and <c>POST /mail/multipart</c>
/// (form fields). Omitted lists are empty; <c>source</c> defaults to <c>Ses:DefaultSource</c>.
/// </summary>
public class MailFields
{
    /// <summary>The sender; <c>Ses:DefaultSource</c> when omitted.</summary>
    public string? Source { get; set; }

    /// <summary>The To: recipients.</summary>
    public IList<string>? To { get; init; }

    /// <summary>The Cc: recipients.</summary>
    public IList<string>? Cc { get; init; }

    /// <summary>The Bcc: recipients.</summary>
    public IList<string>? Bcc { get; init; }

    /// <summary>The Reply-To: addresses.</summary>
    public IList<string>? ReplyTo { get; init; }

    /// <summary>Where bounces and complaints go.</summary>
    public string? ReturnPath { get; set; }

    /// <summary>The subject line.</summary>
    public string? Subject { get; set; }

    /// <summary>The plain-text body.</summary>
    public string? TextBody { get; set; }

    /// <summary>The HTML body.</summary>
    public string? HtmlBody { get; set; }

    /// <summary>The SES configuration set.</summary>
    public string? ConfigurationSetName { get; set; }

    /// <summary>Message tags.</summary>
    public IDictionary<string, string>? Tags { get; init; }

    /// <summary>The <see cref="SesMail"/> to send, with <paramref name="attachments"/>.</summary>
    /// <param name="attachments">The attachments, in order: <c>attachments[i]</c> of the request is <c>Attachments[i]</c> of the mail.</param>
    /// <returns>The mail; validation is left to <see cref="ISesService.SendAsync"/>.</returns>
    public SesMail ToSesMail(IList<SesAttachment> attachments) => new()
    {
        Source = Source,
        To = To ?? [],
        Cc = Cc ?? [],
        Bcc = Bcc ?? [],
        ReplyTo = ReplyTo ?? [],
        ReturnPath = ReturnPath,
        Subject = Subject,
        TextBody = TextBody,
        HtmlBody = HtmlBody,
        ConfigurationSetName = ConfigurationSetName,
        Tags = Tags is null ? new Dictionary<string, string>(StringComparer.Ordinal) : new Dictionary<string, string>(Tags, StringComparer.Ordinal),
        Attachments = attachments,
    };
}
