using System.CommandLine;
using Ses.Wrapper.Cli.Hosting;
using Ses.Wrapper.Cli.Output;

namespace Ses.Wrapper.Cli.Commands;

/// <summary><c>ses stats</c>: the sending statistics of the last two weeks (ses.py <c>stats</c>).</summary>
internal static class StatsCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CommandRunner runner, HelpExamples examples)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(examples);
        var command = new Command("stats", "Show the sending statistics of the last two weeks, one row per 15-minute interval (UTC), with totals and a bar chart of delivery attempts, bounces, complaints and rejects.");
        examples.Add(
            command,
            "ses stats -k [credentials file]",
            "ses stats --region us-west-2 --json");
        command.SetAction((parseResult, ct) => runner.RunAsync(parseResult, RunAsync, ct));
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var points = await context.Ses.GetSendStatisticsAsync(cancellationToken).ConfigureAwait(false);
        var sorted = points.OrderBy(p => p.Timestamp).ToList();
        if (context.Json)
        {
            context.Output.WriteJson<IReadOnlyList<SendDataPoint>>(sorted, CliOutput.Json.IReadOnlyListSendDataPoint);
        }
        else if (sorted.Count == 0)
        {
            context.Output.WriteLine("No sending statistics: nothing was sent in the last two weeks.");
        }
        else
        {
            context.Output.Render(StatsView.Create(sorted));
        }

        return ExitCodes.Success;
    }
}
