using System.CommandLine;
using Ses.Wrapper.Cli.Hosting;
using Ses.Wrapper.Cli.Output;

namespace Ses.Wrapper.Cli.Commands;

/// <summary><c>ses verified</c>: the verified email addresses, one a line (ses.py <c>verified</c>).</summary>
internal static class VerifiedCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CommandRunner runner, HelpExamples examples)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(examples);
        var command = new Command("verified", "List the email addresses whose verification succeeded, one a line.");
        examples.Add(
            command,
            "ses verified -k [credentials file]",
            "ses verified --json");
        command.SetAction((parseResult, ct) => runner.RunAsync(parseResult, RunAsync, ct));
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var addresses = await context.Ses.GetVerifiedEmailAddressesAsync(cancellationToken).ConfigureAwait(false);
        if (context.Json)
        {
            context.Output.WriteJson(addresses, CliOutput.Json.IReadOnlyListString);
        }
        else
        {
            foreach (var address in addresses)
            {
                context.Output.WriteLine(address);
            }
        }

        return ExitCodes.Success;
    }
}
