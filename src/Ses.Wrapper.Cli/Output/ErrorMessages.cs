using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Ses.Wrapper.Cli.Output;

/// <summary>Turns the library's exceptions into one-line messages in the command line's terms (option names, not property names).</summary>
internal static partial class ErrorMessages
{
    private static readonly (string Name, string Option)[] MailFields =
    [
        ("mail.Source", "-f/--from"),
        ("mail.To", "-t/--to"),
        ("mail.Cc", "-c/--cc"),
        ("mail.Bcc", "-b/--bcc"),
        ("mail.ReplyTo", "--reply-to"),
        ("mail.ReturnPath", "--return-path"),
        ("mail.Subject", "-s/--subject"),
        ("mail.TextBody", "the body"),
        ("mail.HtmlBody", "the HTML body"),
        ("mail.ConfigurationSetName", "--configuration-set"),
        ("mail.Tags", "--tag"),
        ("mail.TemplateName", "--template"),
        ("mail.TemplateData", "--data"),
        ("mail.Attachments", "--attach"),
        ("template.Name", "the template name"),
        ("template.Subject", "--subject"),
        ("template.TextBody", "--text-file/--html-file"),
        ("emailAddress", "the address"),
        ("identity", "the identity"),
    ];

    private static readonly (string Setting, string Option)[] Settings =
    [
        ("Ses:ServiceUrl", "--endpoint-url"),
        ("Ses:Region", "the region"),
        ("Ses:Profile", "--profile"),
        ("Ses:AccessKeyId", "the access key id"),
        ("Ses:SecretAccessKey", "the secret key"),
        ("Ses:SessionToken", "the session token"),
    ];

    /// <summary><c>Code: Message (RequestId ...)</c>; the kind stands in for the code when SES did not answer.</summary>
    public static string Describe(SesException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var code = exception.Code ?? exception.Kind.ToString();
        var requestId = string.IsNullOrEmpty(exception.RequestId) ? string.Empty : $" (RequestId {exception.RequestId})";
        return $"{code}: {exception.Message}{requestId}";
    }

    /// <summary>The message of an argument the library refused, naming the option instead of the property.</summary>
    public static string Describe(ArgumentException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = exception.Message;
        var parameter = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        if (parameter >= 0)
        {
            message = message[..parameter];
        }

        message = IndexedField().Replace(message, m => m.Groups["name"].Value);
        foreach (var (name, option) in MailFields)
        {
            message = message.Replace(name, option, StringComparison.Ordinal);
        }

        return message;
    }

    /// <summary>The failures of the options' validation, naming the options instead of the settings.</summary>
    public static IEnumerable<string> Describe(OptionsValidationException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.Failures.Select(MapSettings);
    }

    /// <summary>Replaces <c>Ses:Setting</c> names by the options or words a command-line user knows.</summary>
    public static string MapSettings(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        foreach (var (setting, option) in Settings)
        {
            message = message.Replace(setting, option, StringComparison.Ordinal);
        }

        return message;
    }

    [GeneratedRegex(@"(?<name>mail\.[A-Za-z]+)\[\d+\]", RegexOptions.CultureInvariant)]
    private static partial Regex IndexedField();
}
