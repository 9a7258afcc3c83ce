using System.CommandLine;
using Ses.Wrapper.Cli.Hosting;
using Ses.Wrapper.Cli.Output;

namespace Ses.Wrapper.Cli.Commands;

/// <summary><c>ses send-templated</c>: sends a mail made from an SES template and JSON data (SendTemplatedEmail).</summary>
internal static class SendTemplatedCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CommandRunner runner, HelpExamples examples)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(examples);
        var from = new Option<string>("--from", "-f") { Description = "The sender: a verified address or an address of a verified domain.", HelpName = "from_addr", Required = true };
        var to = SendCommand.List("--to", "-t", "To: recipients", "to_addr1,to_addr2,...");
        var cc = SendCommand.List("--cc", "-c", "Cc: recipients", "cc_addr1,cc_addr2,...");
        var bcc = SendCommand.List("--bcc", "-b", "Bcc: recipients (in no header)", "bcc_addr1,bcc_addr2,...");
        var template = new Option<string>("--template") { Description = "The template's name (see 'ses templates list').", HelpName = "name", Required = true };
        var data = new Option<string?>("--data") { Description = "The template data: a JSON object such as {\"name\":\"Jane\"}; {} when omitted.", HelpName = "json" };
        var dataFile = new Option<string?>("--data-file") { Description = "Read the template data from this UTF-8 JSON file.", HelpName = "file" };
        var replyTo = SendCommand.List("--reply-to", null, "Reply-To: addresses", "addr1,addr2,...");
        var returnPath = new Option<string?>("--return-path") { Description = "Where bounces and complaints are sent.", HelpName = "addr" };
        var configurationSet = new Option<string?>("--configuration-set") { Description = "The SES configuration set to send with.", HelpName = "name" };
        var tags = new Option<string[]>("--tag")
        {
            Description = "A message tag published with sending events, name=value; repeat for more tags.",
            HelpName = "name=value",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("send-templated", "Send a mail made from an SES template and its data (a JSON object). Prints the MessageId and RequestId.");
        foreach (var option in new Option[] { from, to, cc, bcc, template, data, dataFile, replyTo, returnPath, configurationSet, tags })
        {
            command.Options.Add(option);
        }

        examples.Add(
            command,
            "ses send-templated -f noreply@example.com -t kate@example.com,john@example.com --template WelcomeEmail --data '{\"name\":\"Kate\",\"plan\":\"Pro\"}'",
            "ses send-templated -f noreply@example.com -t kate@example.com --template InvoiceReady --data-file invoice.json --tag campaign=may",
            "ses send-templated -f noreply@example.com -t kate@example.com --template PasswordReset --json");
        command.SetAction((parseResult, ct) => runner.RunAsync(
            parseResult,
            (_, token) => ReadDataAsync(parseResult.GetValue(data), parseResult.GetValue(dataFile), token),
            async (context, templateData, token) =>
            {
                var mail = new SesTemplatedMail
                {
                    Source = parseResult.GetRequiredValue(from),
                    To = [.. AddressList.Split(parseResult.GetValue(to))],
                    Cc = [.. AddressList.Split(parseResult.GetValue(cc))],
                    Bcc = [.. AddressList.Split(parseResult.GetValue(bcc))],
                    ReplyTo = [.. AddressList.Split(parseResult.GetValue(replyTo))],
                    ReturnPath = parseResult.GetValue(returnPath),
                    TemplateName = parseResult.GetRequiredValue(template),
                    TemplateData = templateData,
                    ConfigurationSetName = parseResult.GetValue(configurationSet),
                    Tags = SendCommand.ParseTags(parseResult.GetValue(tags)),
                };
                if (mail.RecipientCount == 0)
                {
                    throw new CliUsageException("no recipients: give at least one address with -t/--to, -c/--cc or -b/--bcc.");
                }

                var result = await context.Ses.SendTemplatedAsync(mail, token).ConfigureAwait(false);
                return SendCommand.PrintResult(context, result);
            },
            ct));
        return command;
    }

    private static async Task<string> ReadDataAsync(string? data, string? dataFile, CancellationToken cancellationToken)
    {
        if (data is not null && dataFile is not null)
        {
            throw new CliUsageException("--data and --data-file both give the template data: use one of them.");
        }

        return dataFile is not null
            ? await CliFiles.ReadTextAsync("--data-file", dataFile, cancellationToken).ConfigureAwait(false)
            : data ?? "{}";
    }
}
