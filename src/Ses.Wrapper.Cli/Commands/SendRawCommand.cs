using System.CommandLine;
using System.Text;
using Ses.Wrapper.Cli.Hosting;
using Ses.Wrapper.Cli.Output;

namespace Ses.Wrapper.Cli.Commands;

/// <summary>
/// <c>ses send-raw</c>: sends an RFC 5322 message (an .eml file) as it is, from standard input or <c>--file</c>
/// (SendRawEmail). The envelope recipients default to the message's To, Cc and Bcc; a Bcc header is never sent.
/// </summary>
internal static class SendRawCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CommandRunner runner, HelpExamples examples)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(examples);
        var file = new Option<string?>("--file") { Description = "Read the message from this file instead of standard input.", HelpName = "message.eml" };
        var from = new Option<string?>("--from", "-f") { Description = "The envelope sender; the message's From when omitted.", HelpName = "from_addr" };
        var to = SendCommand.List("--to", "-t", "Envelope recipients", "addr1,addr2,...");
        var cc = SendCommand.List("--cc", "-c", "More envelope recipients", "addr1,addr2,...");
        var bcc = SendCommand.List("--bcc", "-b", "More envelope recipients (in no header)", "addr1,addr2,...");
        var configurationSet = new Option<string?>("--configuration-set") { Description = "The SES configuration set to send with.", HelpName = "name" };
        var tags = new Option<string[]>("--tag")
        {
            Description = "A message tag published with sending events, name=value; repeat for more tags.",
            HelpName = "name=value",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command(
            "send-raw",
            "Send a complete MIME message (an .eml file) from standard input or --file. Without -t/-c/-b the message goes to every To, Cc and Bcc address in it (a Bcc header is never sent). Prints the MessageId and RequestId.");
        foreach (var option in new Option[] { file, from, to, cc, bcc, configurationSet, tags })
        {
            command.Options.Add(option);
        }

        examples.Add(
            command,
            "ses send-raw < message.eml",
            "ses send-raw --file message.eml -t kate@example.com,john@example.com --configuration-set tracking --tag campaign=may",
            "ses send-raw --json < message.eml | jq -r .MessageId");
        command.SetAction((parseResult, ct) => runner.RunAsync(
            parseResult,
            (output, token) => Task.FromResult(Open(parseResult.GetValue(file), runner.Environment, output)),
            async (context, message, token) =>
            {
                await using (message.ConfigureAwait(false))
                {
                    var options = new SesRawSendOptions
                    {
                        Source = parseResult.GetValue(from),
                        Destinations = [.. AddressList.Split(parseResult.GetValue(to)), .. AddressList.Split(parseResult.GetValue(cc)), .. AddressList.Split(parseResult.GetValue(bcc))],
                        ConfigurationSetName = parseResult.GetValue(configurationSet),
                        Tags = SendCommand.ParseTags(parseResult.GetValue(tags)),
                    };
                    var result = await context.Ses.SendRawAsync(message, options, token).ConfigureAwait(false);
                    return SendCommand.PrintResult(context, result);
                }
            },
            ct));
        return command;
    }

    /// <summary>
    /// The message's bytes: the file, or standard input. The process's standard input is read as bytes (its reader has
    /// read nothing yet); any other reader (in-process runs) is read as text and encoded as UTF-8.
    /// </summary>
    private static Stream Open(string? file, CliEnvironment environment, CliOutput output)
    {
        if (file is not null)
        {
            return CliFiles.OpenRead("--file", file);
        }

        if (environment.StdinIsTerminal)
        {
            output.Note("Reading the message from standard input; end it with Ctrl-D.");
        }

        return environment.Stdin is StreamReader reader
            ? reader.BaseStream
            : new MemoryStream(new UTF8Encoding(false).GetBytes(environment.Stdin.ReadToEnd()));
    }
}
