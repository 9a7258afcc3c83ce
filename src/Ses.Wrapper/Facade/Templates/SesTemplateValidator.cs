using System.Text.RegularExpressions;

namespace Ses.Wrapper;

/// <summary>Checks templates and templated mails before anything is sent; every error names the field at fault.</summary>
internal static partial class SesTemplateValidator
{
    /// <summary>The most destinations SES takes per SendBulkTemplatedEmail call.</summary>
    public const int MaxBulkDestinations = 50;

    /// <summary>Checks a template name: 1 to 64 ASCII letters, digits, '_' or '-'.</summary>
    public static void CheckName(string? name, string field)
    {
        if (name is null || !NamePattern().IsMatch(name))
        {
            throw new ArgumentException($"{field} '{name}' is not a valid template name: use 1 to 64 ASCII letters, digits, '_' or '-'.", field);
        }
    }

    /// <summary>Checks a template to create or update.</summary>
    public static void Check(SesTemplate template)
    {
        CheckName(template.Name, "template.Name");
        if (string.IsNullOrEmpty(template.Subject))
        {
            throw new ArgumentException("The template has no Subject.", "template.Subject");
        }

        if (template.Subject.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            throw new ArgumentException("template.Subject contains a line break (CR or LF); a subject must be one line.", "template.Subject");
        }

        if (template.TextBody is null && template.HtmlBody is null)
        {
            throw new ArgumentException("The template has no body: set TextBody, HtmlBody or both.", "template.TextBody");
        }
    }

    /// <summary>Validates a templated mail and returns the sender to use.</summary>
    public static string Check(SesTemplatedMail mail, string? defaultSource)
    {
        var source = CheckSource(mail.Source, defaultSource);
        CheckRecipients(mail.To, mail.Cc, mail.Bcc, "mail");
        CheckAddresses(mail.ReplyTo, "mail.ReplyTo");
        if (mail.ReturnPath is not null)
        {
            SesMailValidator.CheckAddress(mail.ReturnPath, "mail.ReturnPath");
        }

        CheckName(mail.TemplateName, "mail.TemplateName");
        SesTemplateData.RequireObject(mail.TemplateData, "mail.TemplateData");
        SesMailValidator.CheckTagsAndConfigurationSet(mail.ConfigurationSetName, mail.Tags, "mail");
        return source;
    }

    /// <summary>Validates a bulk templated mail and returns the sender to use.</summary>
    public static string Check(SesBulkTemplatedMail mail, string? defaultSource)
    {
        var source = CheckSource(mail.Source, defaultSource);
        CheckAddresses(mail.ReplyTo, "mail.ReplyTo");
        if (mail.ReturnPath is not null)
        {
            SesMailValidator.CheckAddress(mail.ReturnPath, "mail.ReturnPath");
        }

        CheckName(mail.TemplateName, "mail.TemplateName");
        SesTemplateData.RequireObject(mail.DefaultTemplateData, "mail.DefaultTemplateData");
        SesMailValidator.CheckTagsAndConfigurationSet(mail.ConfigurationSetName, mail.DefaultTags, "mail");
        if (mail.Destinations is null || mail.Destinations.Count == 0)
        {
            throw new ArgumentException("The mail has no destinations.", "mail.Destinations");
        }

        for (var i = 0; i < mail.Destinations.Count; i++)
        {
            var field = $"mail.Destinations[{i}]";
            var destination = mail.Destinations[i] ?? throw new ArgumentNullException(field, $"{field} is null.");
            CheckRecipients(destination.To, destination.Cc, destination.Bcc, field);
            if (destination.TemplateData is not null)
            {
                SesTemplateData.RequireObject(destination.TemplateData, field + ".TemplateData");
            }

            SesMailValidator.CheckTagsAndConfigurationSet(null, destination.Tags, field);
        }

        return source;
    }

    private static string CheckSource(string? source, string? defaultSource)
    {
        var chosen = source ?? defaultSource;
        if (string.IsNullOrWhiteSpace(chosen))
        {
            throw new ArgumentException("The mail has no Source: set it or SesOptions.DefaultSource.", "mail.Source");
        }

        SesMailValidator.CheckAddress(chosen, source is null ? "SesOptions.DefaultSource" : "mail.Source");
        return chosen;
    }

    private static void CheckRecipients(IList<string> to, IList<string> cc, IList<string> bcc, string owner)
    {
        CheckAddresses(to, owner + ".To");
        CheckAddresses(cc, owner + ".Cc");
        CheckAddresses(bcc, owner + ".Bcc");
        var count = to.Count + cc.Count + bcc.Count;
        if (count == 0)
        {
            throw new ArgumentException($"{owner} has no recipients: add at least one To, Cc or Bcc address.", owner + ".To");
        }

        if (count > SesMailValidator.MaxRecipients)
        {
            throw new ArgumentException($"{owner} has {count} recipients; SES allows at most {SesMailValidator.MaxRecipients} (To, Cc and Bcc together).", owner + ".To");
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
            SesMailValidator.CheckAddress(addresses[i], $"{field}[{i}]");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
