using System.Collections.Concurrent;
using System.CommandLine;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Ses.Wrapper.Cli.Commands.Bulk;
using Ses.Wrapper.Cli.Hosting;
using Ses.Wrapper.Cli.Output;

namespace Ses.Wrapper.Cli.Commands;

/// <summary>
/// <c>ses send-bulk</c>: sends one mail per recipient of a file (a plain list or a CSV with per-recipient fields), at
/// the account's sending rate or <c>--rate</c>, with a live progress bar on a terminal and a final summary.
/// The whole file is checked before anything is sent; it is read as a stream, twice, and never held in memory.
/// </summary>
internal static class SendBulkCommand
{
    /// <summary>At most this many invalid lines are listed before the count of the rest.</summary>
    public const int MaxListedErrors = 20;


    /// <summary>Creates the command.</summary>
    public static Command Create(CommandRunner runner, HelpExamples examples)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(examples);
        var from = new Option<string>("--from", "-f") { Description = "The sender: a verified address or an address of a verified domain.", HelpName = "from_addr", Required = true };
        var subject = new Option<string>("--subject", "-s") { Description = "The subject line; {{column}} is replaced by the recipient's field.", HelpName = "subject", Required = true };
        var toFile = new Option<string>("--to-file") { Description = "The recipients: one address per line (blank lines and # comments skipped), or a CSV whose header has an 'email' or 'address' column; the other columns fill {{column}} placeholders.", HelpName = "file", Required = true };
        var html = new Option<bool>("--html") { Description = "Standard input is the HTML body (instead of the text body)." };
        var textFile = new Option<string?>("--text-file") { Description = "Read the text body from this UTF-8 file instead of standard input.", HelpName = "file" };
        var htmlFile = new Option<string?>("--html-file") { Description = "Read the HTML body from this UTF-8 file (field values are HTML-encoded in it).", HelpName = "file" };
        var rate = new Option<double?>("--rate") { Description = "Send at most this many recipients per second, instead of the account's MaxSendRate from GetSendQuota.", HelpName = "N" };
        var replyTo = new Option<string[]>("--reply-to") { Description = "Reply-To: addresses, comma-separated; the option may be repeated.", HelpName = "addr1,addr2,...", AllowMultipleArgumentsPerToken = false };
        var configurationSet = new Option<string?>("--configuration-set") { Description = "The SES configuration set to send with.", HelpName = "name" };
        var tags = new Option<string[]>("--tag") { Description = "A message tag published with sending events, name=value; repeat for more tags.", HelpName = "name=value", AllowMultipleArgumentsPerToken = false };

        var command = new Command("send-bulk", "Send one mail per recipient of --to-file at the account's sending rate (or --rate), with a progress bar on a terminal and a summary. The body is read from standard input unless --text-file/--html-file give it. Exit code 0 when every mail was sent, 1 when SES failed or did not send any, 2 for input errors (nothing is sent).");
        foreach (var option in new Option[] { from, subject, toFile, html, textFile, htmlFile, rate, replyTo, configurationSet, tags })
        {
            command.Options.Add(option);
        }

        examples.Add(
            command,
            "ses send-bulk -f noreply@example.com -s \"News\" --to-file recipients.txt < body.txt",
            "ses send-bulk -f noreply@example.com -s \"Hello {{name}}\" --to-file people.csv --html-file news.html --rate 10",
            "ses send-bulk -f noreply@example.com -s Report --to-file list.txt --text-file report.txt --json > outcomes.jsonl");

        command.SetAction((parseResult, ct) =>
        {
            var givenRate = parseResult.GetValue(rate);
            if (givenRate is { } r && (double.IsNaN(r) || double.IsInfinity(r) || r <= 0))
            {
                runner.CreateOutput().Error($"--rate {r.ToString(CultureInfo.InvariantCulture)}: give a positive number of recipients per second.");
                return Task.FromResult(ExitCodes.UsageError);
            }

            var effective = givenRate is null ? runner : WithRate(runner, givenRate.Value);
            return effective.RunAsync(
                parseResult,
                (output, token) => PrepareAsync(
                    parseResult.GetRequiredValue(toFile),
                    parseResult.GetRequiredValue(subject),
                    parseResult.GetValue(html),
                    parseResult.GetValue(textFile),
                    parseResult.GetValue(htmlFile),
                    runner.Environment,
                    output,
                    token),
                (context, input, token) =>
                {
                    var prototype = new SesMail
                    {
                        Source = parseResult.GetRequiredValue(from),
                        ReplyTo = [.. AddressList.Split(parseResult.GetValue(replyTo))],
                        ConfigurationSetName = parseResult.GetValue(configurationSet),
                        Tags = SendCommand.ParseTags(parseResult.GetValue(tags)),
                    };
                    return SendAsync(context, input, prototype, runner.Environment, token);
                },
                ct);
        });
        return command;
    }

    /// <summary>A runner whose services send at <paramref name="rate"/> (SesOptions.Bulk.MaxSendRate).</summary>
    private static CommandRunner WithRate(CommandRunner runner, double rate)
    {
        var outer = runner.Environment.ConfigureServices;
        var environment = runner.Environment with
        {
            ConfigureServices = services =>
            {
                outer?.Invoke(services);
                services.PostConfigure<SesOptions>(o => o.Bulk.MaxSendRate = rate);
            },
        };
        return new CommandRunner(environment, runner.Options);
    }

    private static async Task<BulkInput> PrepareAsync(string path, string subject, bool html, string? textFile, string? htmlFile, CliEnvironment environment, CliOutput output, CancellationToken cancellationToken)
    {
        var recipients = await RecipientFile.OpenAsync(path, cancellationToken).ConfigureAwait(false);
        var bodies = await SendCommand.ReadBodiesAsync(html, textFile, htmlFile, environment, output, cancellationToken).ConfigureAwait(false);
        var (text, htmlBody) = (bodies.TextBody, bodies.HtmlBody);
        var template = new MailTemplate(subject, text, htmlBody);
        template.Check(recipients.FieldNames, path);

        var count = 0;
        var errors = 0;
        await foreach (var row in recipients.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var error = row.Error ?? RecipientAddresses.Parse(row.Address).Error;
            if (error is not null)
            {
                if (++errors <= MaxListedErrors)
                {
                    output.Error($"{path}:{row.Line}: {error}");
                }

                continue;
            }

            count++;
        }

        if (errors > 0)
        {
            var more = errors > MaxListedErrors ? $" ({errors - MaxListedErrors} more not listed)" : string.Empty;
            throw new CliUsageException($"--to-file '{path}': {errors} invalid recipient line{(errors == 1 ? string.Empty : "s")}{more}; nothing was sent.");
        }

        if (count == 0)
        {
            throw new CliUsageException($"--to-file '{path}': no recipients in the file.");
        }

        return new BulkInput(recipients, template, count);
    }

    private static async Task<int> SendAsync(CommandContext context, BulkInput input, SesMail prototype, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var lines = new ConcurrentDictionary<int, int>();
        var display = new BulkProgressDisplay();
        var start = TimeProvider.System.GetTimestamp();
        int sent = 0, failed = 0, notSent = 0;
        bool sesFailed = false, invalid = false, cancelled = false;
        string? notSentReason = null;
        int notSentFrom = 0;

        await display.RunAsync(environment.Stderr, environment.StderrIsTerminal, input.Count, async () =>
        {
            try
            {
                await foreach (var outcome in context.Ses.SendManyAsync(MailsAsync(input, prototype, lines, cancellationToken), display, cancellationToken).ConfigureAwait(false))
                {
                    lines.TryRemove(outcome.Index, out var line);
                    switch (outcome.Status)
                    {
                        case SendOutcomeStatus.Sent:
                            sent++;
                            break;
                        case SendOutcomeStatus.Failed:
                            failed++;
                            break;
                        default:
                            notSent++;
                            break;
                    }

                    if (outcome.Status != SendOutcomeStatus.Sent)
                    {
                        if (outcome.Error is SesException)
                        {
                            sesFailed = true;
                        }
                        else if (outcome.Error is OperationCanceledException)
                        {
                            cancelled = true;
                        }
                        else
                        {
                            invalid = true;
                        }
                    }

                    var error = outcome.Error is null ? null : Describe(outcome.Error);
                    if (context.Json)
                    {
                        context.Output.WriteLine(JsonSerializer.Serialize(
                            new BulkOutcomeLine(outcome.Index, line, [.. outcome.Mail.To], outcome.Status.ToString(), outcome.Result?.MessageId, outcome.Result?.RequestId, outcome.Attempts, error),
                            BulkJsonContext.Default.BulkOutcomeLine));
                    }
                    else if (outcome.Status == SendOutcomeStatus.Failed)
                    {
                        context.Output.Error($"line {line} ({string.Join(", ", outcome.Mail.To)}): {Text(outcome.Error!)}");
                    }
                    else if (outcome.Status == SendOutcomeStatus.NotSent && notSentReason is null)
                    {
                        notSentReason = Text(outcome.Error!);
                        notSentFrom = line;
                    }

                    display.Update(sent + failed + notSent, sent, failed);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                cancelled = true;
            }
        }).ConfigureAwait(false);

        if (notSentReason is not null && !context.Json)
        {
            context.Output.Error($"not sent from line {notSentFrom} on: {notSentReason}");
        }

        var elapsed = TimeProvider.System.GetElapsedTime(start);
        var rate = elapsed > TimeSpan.Zero ? sent / elapsed.TotalSeconds : 0;
        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $"sent: {sent}, failed: {failed}, not sent: {notSent}, elapsed: {elapsed.TotalSeconds:0.0} s, rate: {rate:0.0} mails/s");
        if (context.Json)
        {
            context.Output.Note(summary);
        }
        else
        {
            context.Output.WriteLine(summary);
        }

        return cancelled && cancellationToken.IsCancellationRequested ? ExitCodes.Cancelled
            : sesFailed || (cancelled && notSent > 0) ? ExitCodes.SesError
            : invalid ? ExitCodes.UsageError
            : ExitCodes.Success;
    }

    private static async IAsyncEnumerable<SesMail> MailsAsync(BulkInput input, SesMail prototype, ConcurrentDictionary<int, int> lines, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var index = 0;
        await foreach (var row in input.Recipients.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var (addresses, error) = RecipientAddresses.Parse(row.Address);
            if (row.Error is not null || error is not null)
            {
                // The file changed since it was checked: the library reports the mail as invalid.
                addresses = row.Error is null ? addresses : [];
            }

            var (subject, text, html) = input.Template.Fill(row.Fields);
            lines[index++] = row.Line;
            yield return new SesMail
            {
                Source = prototype.Source,
                To = [.. addresses],
                ReplyTo = [.. prototype.ReplyTo],
                ConfigurationSetName = prototype.ConfigurationSetName,
                Tags = new Dictionary<string, string>(prototype.Tags, StringComparer.Ordinal),
                Subject = subject,
                TextBody = text,
                HtmlBody = html,
            };
        }
    }

    private static ErrorOutcome Describe(Exception error) => error switch
    {
        SesException ses => ErrorOutcome.From(ses),
        ArgumentException argument => ErrorOutcome.FromInvalidInput(ErrorMessages.Describe(argument)),
        OperationCanceledException => new ErrorOutcome("Cancelled", null, "the send was interrupted before this mail was handed to SES.", null),
        _ => new ErrorOutcome(error.GetType().Name, null, error.Message, null),
    };

    private static string Text(Exception error) => error switch
    {
        SesException ses => ErrorMessages.Describe(ses),
        ArgumentException argument => ErrorMessages.Describe(argument),
        OperationCanceledException => "interrupted.",
        _ => error.Message,
    };
}
