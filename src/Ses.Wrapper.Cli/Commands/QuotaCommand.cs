using System.CommandLine;
using Ses.Wrapper.Cli.Hosting;
using Ses.Wrapper.Cli.Output;

namespace Ses.Wrapper.Cli.Commands;

/// <summary><c>ses quota</c>: the account's sending limits (ses.py <c>quota</c>).</summary>
internal static class QuotaCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CommandRunner runner, HelpExamples examples)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(examples);
        var command = new Command("quota", "Show the sending quota: the 24-hour limit, what was sent in the last 24 hours, the maximum send rate and the share of the quota used.");
        examples.Add(
            command,
            "ses quota -k [credentials file]",
            "ses quota --profile prod --region eu-west-1",
            "ses quota --json | jq .SentLast24Hours");
        command.SetAction((parseResult, ct) => runner.RunAsync(parseResult, RunAsync, ct));
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var quota = await context.Ses.GetSendQuotaAsync(cancellationToken).ConfigureAwait(false);
        if (context.Json)
        {
            context.Output.WriteJson(quota, CliOutput.Json.SendQuota);
        }
        else
        {
            context.Output.Render(QuotaView.Create(quota));
        }

        return ExitCodes.Success;
    }
}
