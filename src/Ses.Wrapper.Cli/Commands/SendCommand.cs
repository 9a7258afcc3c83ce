using System.CommandLine;
using System.Text;
using Ses.Wrapper.Cli.Hosting;
using Ses.Wrapper.Cli.Output;

namespace Ses.Wrapper.Cli.Commands;

/// <summary>
/// <c>ses send</c>: sends a mail whose body is read from standard input (ses.py <c>send</c>), or from files.
/// Standard input is the text body; with <c>--html</c> it is the HTML body. It is not read when files give the body.
/// </summary>
internal static class SendCommand
{

    /// <summary>Creates the command.</summary>
    public static Command Create(CommandRunner runner, HelpExamples examples)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(examples);
        var from = new Option<string>("--from", "-f") { Description = "The sender: a verified address or an address of a verified domain.", HelpName = "from_addr", Required = true };
        var to = List("--to", "-t", "To: recipients", "to_addr1,to_addr2,...");
        var cc = List("--cc", "-c", "Cc: recipients", "cc_addr1,cc_addr2,...");
        var bcc = List("--bcc", "-b", "Bcc: recipients (in no header)", "bcc_addr1,bcc_addr2,...");
        var subject = new Option<string>("--subject", "-s") { Description = "The subject line.", HelpName = "subject", Required = true };
        var html = new Option<bool>("--html") { Description = "Standard input is the HTML body (instead of the text body)." };
        var textFile = new Option<string?>("--text-file") { Description = "Read the text body from this UTF-8 file instead of standard input.", HelpName = "file" };
        var htmlFile = new Option<string?>("--html-file") { Description = "Read the HTML body from this UTF-8 file; with --text-file or piped text, the mail has both parts.", HelpName = "file" };
        var replyTo = List("--reply-to", null, "Reply-To: addresses", "addr1,addr2,...");
        var returnPath = new Option<string?>("--return-path") { Description = "Where bounces and complaints are sent.", HelpName = "addr" };
        var configurationSet = new Option<string?>("--configuration-set") { Description = "The SES configuration set to send with.", HelpName = "name" };
        var tags = new Option<string[]>("--tag")
        {
            Description = "A message tag published with sending events, name=value; repeat for more tags.",
            HelpName = "name=value",
            AllowMultipleArgumentsPerToken = false,
        };
        var attach = new Option<string[]>("--attach", "-a")
        {
            Description = "Attach this file (content type from its name); repeat for more files. The mail then goes out as raw MIME.",
            HelpName = "file",
            AllowMultipleArgumentsPerToken = false,
        };
        var inline = new Option<string[]>("--inline")
        {
            Description = "Attach this file inline with a Content-ID, file=cid, for <img src=\"cid:cid\"> in the HTML body; repeatable.",
            HelpName = "file=cid",
            AllowMultipleArgumentsPerToken = false,
        };

        var command = new Command("send", "Send a mail. The body is read from standard input (the text body, or the HTML body with --html) unless --text-file/--html-file give it; --attach/--inline add files. Prints the MessageId and RequestId.");
        foreach (var option in new Option[] { from, to, cc, bcc, subject, html, textFile, htmlFile, replyTo, returnPath, configurationSet, tags, attach, inline })
        {
            command.Options.Add(option);
        }

        examples.Add(
            command,
            "echo \"email text body\" | ses send -k [credentials file] -f from_addr -t [to_addr1,to_addr2,...] -c [cc_addr1,cc_addr2,...] -b [bcc_addr1,bcc_addr2,...] -s \"email subject\"",
            "ses send -f noreply@example.com -t kate@example.com -s \"Report\" --text-file report.txt --html-file report.html",
            "cat page.html | ses send --html -f noreply@example.com -t john@example.com -s \"Newsletter\" --tag campaign=may --configuration-set tracking",
            "ses send -f noreply@example.com -t john@example.com -s Hi --reply-to support@example.com --json < body.txt",
            "ses send -f billing@example.com -t kate@example.com -s \"Invoice 42\" --attach invoice-42.pdf --attach terms.txt < body.txt",
            "ses send -f news@example.com -t john@example.com -s Logo --html-file page.html --inline logo.png=logo");

        command.SetAction((parseResult, ct) => runner.RunAsync(
            parseResult,
            async (output, token) =>
            {
                var files = SendAttachments.Create(parseResult.GetValue(attach), parseResult.GetValue(inline));
                var bodies = await ReadBodiesAsync(parseResult.GetValue(html), parseResult.GetValue(textFile), parseResult.GetValue(htmlFile), runner.Environment, output, token).ConfigureAwait(false);
                return (Bodies: bodies, Files: files);
            },
            async (context, input, token) =>
            {
                var bodies = input.Bodies;
                var mail = new SesMail
                {
                    Source = parseResult.GetRequiredValue(from),
                    To = [.. AddressList.Split(parseResult.GetValue(to))],
                    Cc = [.. AddressList.Split(parseResult.GetValue(cc))],
                    Bcc = [.. AddressList.Split(parseResult.GetValue(bcc))],
                    ReplyTo = [.. AddressList.Split(parseResult.GetValue(replyTo))],
                    ReturnPath = parseResult.GetValue(returnPath),
                    Subject = parseResult.GetRequiredValue(subject),
                    TextBody = bodies.TextBody,
                    HtmlBody = bodies.HtmlBody,
                    ConfigurationSetName = parseResult.GetValue(configurationSet),
                    Tags = ParseTags(parseResult.GetValue(tags)),
                    Attachments = [.. input.Files],
                };
                return await SendAsync(context, mail, token).ConfigureAwait(false);
            },
            ct));
        return command;
    }

    /// <summary>Parses <c>--tag name=value</c> values.</summary>
    /// <exception cref="CliUsageException">A value has no <c>=</c>, or a name is repeated.</exception>
    public static Dictionary<string, string> ParseTags(IEnumerable<string>? values)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in values ?? [])
        {
            var equals = value.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new CliUsageException($"--tag '{value}' is not name=value.");
            }

            var name = value[..equals];
            if (!tags.TryAdd(name, value[(equals + 1)..]))
            {
                throw new CliUsageException($"--tag '{name}' is given twice.");
            }
        }

        return tags;
    }

    private static async Task<int> SendAsync(CommandContext context, SesMail mail, CancellationToken cancellationToken)
    {
        if (mail.RecipientCount == 0)
        {
            throw new CliUsageException("no recipients: give at least one address with -t/--to, -c/--cc or -b/--bcc.");
        }

        var result = await context.Ses.SendAsync(mail, cancellationToken).ConfigureAwait(false);
        return PrintResult(context, result);
    }

    /// <summary>Prints a send's result: MessageId and RequestId lines, or the JSON object.</summary>
    internal static int PrintResult(CommandContext context, SendResult result)
    {
        if (context.Json)
        {
            context.Output.WriteJson(result, CliOutput.Json.SendResult);
        }
        else
        {
            context.Output.WriteLine("MessageId: " + result.MessageId);
            context.Output.WriteLine("RequestId: " + result.RequestId);
        }

        return ExitCodes.Success;
    }

    /// <summary>Reads the bodies as <c>send</c> takes them: stdin (text, or HTML with --html) unless files give them.</summary>
    internal static async Task<SendInput> ReadBodiesAsync(bool html, string? textFile, string? htmlFile, CliEnvironment environment, CliOutput output, CancellationToken cancellationToken)
    {
        if (html && htmlFile is not null)
        {
            throw new CliUsageException("--html reads the HTML body from standard input and --html-file from a file: use one of them.");
        }

        var text = textFile is null ? null : await CliFiles.ReadTextAsync("--text-file", textFile, cancellationToken).ConfigureAwait(false);
        var htmlBody = htmlFile is null ? null : await CliFiles.ReadTextAsync("--html-file", htmlFile, cancellationToken).ConfigureAwait(false);
        if (html || (textFile is null && htmlFile is null))
        {
            if (environment.StdinIsTerminal)
            {
                output.Note($"Reading the {(html ? "HTML" : "text")} body from standard input; end it with Ctrl-D.");
            }

            var body = await environment.Stdin.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            if (html)
            {
                htmlBody = body;
            }
            else
            {
                text = body;
            }
        }

        return new SendInput(text, htmlBody);
    }

    /// <summary>An address-list option as <c>send</c> declares them: comma-separated, repeatable.</summary>
    internal static Option<string[]> List(string name, string? alias, string what, string helpName)
    {
        var option = alias is null ? new Option<string[]>(name) : new Option<string[]>(name, alias);
        option.Description = $"{what}, comma-separated; the option may be repeated.";
        option.HelpName = helpName;
        option.AllowMultipleArgumentsPerToken = false;
        return option;
    }
}
