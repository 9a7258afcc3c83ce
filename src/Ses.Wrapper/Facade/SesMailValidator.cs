using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;

namespace Ses.Wrapper;

/// <summary>Checks mails and addresses before anything is sent; every error names the field at fault.</summary>
internal static partial class SesMailValidator
{
    /// <summary>SES's limit of recipients (To, Cc and Bcc together) per message.</summary>
    public const int MaxRecipients = 50;

    /// <summary>The longest address accepted (RFC 5321: 64 + 1 + 255, with room for a display name).</summary>
    public const int MaxAddressLength = 320 + 256;

    /// <summary>The longest local part (before the '@') of an address: RFC 5321.</summary>
    public const int MaxLocalPartLength = 64;

    /// <summary>The longest domain of an address or identity, in its ASCII (punycode) form: RFC 1035 / 5321.</summary>
    public const int MaxDomainLength = 253;

    /// <summary>The longest label of a domain, in its ASCII (punycode) form: RFC 1035.</summary>
    public const int MaxDomainLabelLength = 63;

    /// <summary>
    /// The longest subject accepted, in characters: RFC 5322's limit of 998 characters per header line. SES documents
    /// no subject limit of its own besides the message size; a longer subject is refused rather than truncated.
    /// </summary>
    public const int MaxSubjectLength = 998;

    /// <summary>Validates <paramref name="mail"/> and returns the sender to use.</summary>
    public static string Validate(SesMail mail, string? defaultSource)
    {
        var source = mail.Source ?? defaultSource;
        if (string.IsNullOrWhiteSpace(source))
        {
            throw new ArgumentException("The mail has no Source: set SesMail.Source or SesOptions.DefaultSource.", "mail.Source");
        }

        CheckAddress(source, mail.Source is null ? "SesOptions.DefaultSource" : "mail.Source");
        CheckAddresses(mail.To, "mail.To");
        CheckAddresses(mail.Cc, "mail.Cc");
        CheckAddresses(mail.Bcc, "mail.Bcc");
        CheckAddresses(mail.ReplyTo, "mail.ReplyTo");
        if (mail.ReturnPath is not null)
        {
            CheckAddress(mail.ReturnPath, "mail.ReturnPath");
        }

        var recipients = mail.RecipientCount;
        if (recipients == 0)
        {
            throw new ArgumentException("The mail has no recipients: add at least one To, Cc or Bcc address.", "mail.To");
        }

        if (recipients > MaxRecipients)
        {
            throw new ArgumentException($"The mail has {recipients} recipients; SES allows at most {MaxRecipients} (To, Cc and Bcc together).", "mail.To");
        }

        if (mail.Subject is null)
        {
            throw new ArgumentException("The mail has no Subject.", "mail.Subject");
        }

        CheckNoLineBreak(mail.Subject, "mail.Subject", "subject");
        CheckNoControlCharacter(mail.Subject, "mail.Subject", "subject");
        if (mail.Subject.Length > MaxSubjectLength)
        {
            throw new ArgumentException($"mail.Subject is {mail.Subject.Length} characters long; a subject may have at most {MaxSubjectLength} (RFC 5322's line limit).", "mail.Subject");
        }

        if (mail.TextBody is null && mail.HtmlBody is null && (mail.Attachments is null || mail.Attachments.Count == 0))
        {
            throw new ArgumentException("The mail has no body: set TextBody, HtmlBody or both.", "mail.TextBody");
        }

        CheckAttachments(mail);

        CheckTagsAndConfigurationSet(mail.ConfigurationSetName, mail.Tags, "mail");

        return source;
    }

    /// <summary>Checks a configuration set name (when set) and message tags; errors name <c>{owner}.ConfigurationSetName</c> or <c>{owner}.Tags</c>.</summary>
    public static void CheckTagsAndConfigurationSet(string? configurationSetName, IDictionary<string, string> tags, string owner)
    {
        if (configurationSetName is not null)
        {
            CheckName(configurationSetName, owner + ".ConfigurationSetName", "configuration set name", 64);
        }

        foreach (var (name, value) in tags)
        {
            CheckName(name, owner + ".Tags", "tag name", 256);
            CheckName(value, owner + ".Tags", $"value of tag '{name}'", 256);
        }
    }

    /// <summary>Checks one address; display names are allowed.</summary>
    public static void CheckAddress(string? address, string field)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            throw new ArgumentException($"{field} is empty; an email address is required.", field);
        }

        CheckNoLineBreak(address, field, "address");
        if (address.Length > MaxAddressLength)
        {
            throw new ArgumentException($"{field} is {address.Length} characters long; an address may have at most {MaxAddressLength}.", field);
        }

        CheckNoControlCharacter(address, field, "address");
        if (!MailAddress.TryCreate(address, out var parsed) || parsed.Host.Length == 0 || parsed.User.Length == 0)
        {
            throw new ArgumentException($"{field} '{address}' is not a valid email address.", field);
        }

        // MailAddress also takes RFC 822 comments and a display name without angle brackets ("x y@example.com" is
        // "x" <y@example.com>); SES would read such a string differently, so only "addr" or "name <addr>" pass.
        var trimmed = address.Trim();
        var open = trimmed.LastIndexOf('<');
        var spec = open >= 0 && trimmed.EndsWith('>') ? trimmed[(open + 1)..^1] : trimmed;
        if (!string.Equals(spec, parsed.Address, StringComparison.Ordinal))
        {
            throw new ArgumentException($"{field} '{address}' is not a plain address: write 'name@example.com' or 'Display Name <name@example.com>', without comments.", field);
        }

        if (parsed.User.Length > MaxLocalPartLength)
        {
            throw new ArgumentException($"{field} has a local part of {parsed.User.Length} characters; at most {MaxLocalPartLength} are allowed (RFC 5321).", field);
        }

        CheckDomain(parsed.Host, field);

        if (!System.Text.Ascii.IsValid(parsed.User))
        {
            // SES has no SMTPUTF8: a non-ASCII local part cannot be sent to, whatever the API.
            SesMime.ParseMailbox(address, field);
        }
    }

    /// <summary>
    /// Checks an address that names an SES identity (to verify or delete): a bare ASCII address, no display name, no
    /// surrounding spaces; an IDN domain must be given in punycode, as SES stores it.
    /// </summary>
    public static void CheckBareAddress(string? address, string field)
    {
        CheckAddress(address, field);
        if (!string.Equals(address, MailAddress.TryCreate(address, out var parsed) ? parsed.Address : null, StringComparison.Ordinal))
        {
            throw new ArgumentException($"{field} '{address}' must be a bare address such as name@example.com, without a display name or spaces.", field);
        }

        CheckAsciiIdentity(address!, field);
    }

    /// <summary>Checks an identity to delete: an address or a domain.</summary>
    public static void CheckIdentity(string? identity, string field)
    {
        if (string.IsNullOrWhiteSpace(identity))
        {
            throw new ArgumentException($"{field} is empty; an email address or a domain is required.", field);
        }

        CheckNoLineBreak(identity, field, "identity");
        if (identity.Contains('@', StringComparison.Ordinal))
        {
            CheckBareAddress(identity, field);
        }
        else if (Uri.CheckHostName(identity) != UriHostNameType.Dns)
        {
            throw new ArgumentException($"{field} '{identity}' is neither an email address nor a domain name.", field);
        }
        else
        {
            CheckAsciiIdentity(identity, field);
            CheckDomain(identity, field);
        }
    }

    /// <summary>Refuses a non-ASCII identity, naming its punycode form.</summary>
    private static void CheckAsciiIdentity(string identity, string field)
    {
        if (System.Text.Ascii.IsValid(identity))
        {
            return;
        }

        var at = identity.LastIndexOf('@');
        string suggestion;
        try
        {
            suggestion = identity[..(at + 1)] + new IdnMapping().GetAscii(identity[(at + 1)..]);
        }
        catch (ArgumentException)
        {
            suggestion = "its punycode form";
        }

        throw new ArgumentException($"{field} '{identity}' is not ASCII; SES identities name IDN domains in punycode: use {suggestion}.", field);
    }

    /// <summary>Checks a domain's length and labels in its ASCII (punycode) form; domain literals ([192.0.2.1]) pass.</summary>
    private static void CheckDomain(string domain, string field)
    {
        if (domain.StartsWith('['))
        {
            return;
        }

        string ascii;
        try
        {
            ascii = new IdnMapping().GetAscii(domain);
        }
        catch (ArgumentException)
        {
            throw new ArgumentException($"{field} has the domain '{domain}', which is not a valid domain name (a label is empty, too long or has characters a domain cannot have).", field);
        }

        if (ascii.Length > MaxDomainLength)
        {
            throw new ArgumentException($"{field} has a domain of {ascii.Length} characters; at most {MaxDomainLength} are allowed.", field);
        }

        if (ascii.Split('.').Any(label => label.Length > MaxDomainLabelLength))
        {
            throw new ArgumentException($"{field} has a domain label longer than {MaxDomainLabelLength} characters.", field);
        }
    }

    private static void CheckAttachments(SesMail mail)
    {
        if (mail.Attachments is null)
        {
            throw new ArgumentNullException("mail.Attachments", "mail.Attachments is null; use an empty list for no attachments.");
        }

        var contentIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < mail.Attachments.Count; i++)
        {
            var field = $"mail.Attachments[{i}]";
            var attachment = mail.Attachments[i] ?? throw new ArgumentNullException(field, $"{field} is null.");
            if (attachment.ContentId is { } contentId && !contentIds.Add(contentId))
            {
                throw new ArgumentException($"{field} repeats the Content-ID '{contentId}'; each inline attachment needs its own.", field);
            }
        }
    }

    private static void CheckAddresses(IList<string>? addresses, string field)
    {
        if (addresses is null)
        {
            throw new ArgumentNullException(field, $"{field} is null; use an empty list for no addresses.");
        }

        for (var i = 0; i < addresses.Count; i++)
        {
            CheckAddress(addresses[i], $"{field}[{i}]");
        }
    }

    private static void CheckNoLineBreak(string value, string field, string what)
    {
        if (value.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            throw new ArgumentException($"{field} contains a line break (CR or LF); the {what} must be on one line.", field);
        }
    }

    /// <summary>Refuses C0 control characters other than tab, and DEL: they have no place in a header.</summary>
    private static void CheckNoControlCharacter(string value, string field, string what)
    {
        foreach (var c in value)
        {
            if ((c < ' ' && c != '\t') || c == '\u007f')
            {
                throw new ArgumentException($"{field} contains the control character U+{(int)c:X4}; the {what} cannot carry it.", field);
            }
        }
    }

    private static void CheckName(string value, string field, string what, int maxLength)
    {
        if (value.Length == 0 || value.Length > maxLength || !NamePattern().IsMatch(value))
        {
            throw new ArgumentException($"The {what} '{value}' is invalid: use 1 to {maxLength} ASCII letters, digits, '_' or '-'.", field);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
