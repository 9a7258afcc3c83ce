using System.CommandLine;
using Ses.Wrapper.Cli.Hosting;
using Ses.Wrapper.Cli.Output;

namespace Ses.Wrapper.Cli.Commands;

/// <summary><c>ses identities</c>: every identity of the account, addresses and domains, with its verification status.</summary>
internal static class IdentitiesCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CommandRunner runner, HelpExamples examples)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(examples);
        var type = new Option<string?>("--type") { Description = "Only identities of this type.", HelpName = "email|domain" };
        type.AcceptOnlyFromAmong("email", "domain");
        var command = new Command("identities", "List the account's identities (email addresses and domains) with their verification status, as a table.");
        command.Options.Add(type);
        examples.Add(
            command,
            "ses identities",
            "ses identities --type domain",
            "ses identities --json | jq -r '.[] | select(.Status == \"Pending\") | .Identity'");
        command.SetAction((parseResult, ct) => runner.RunAsync(
            parseResult,
            async (context, token) =>
            {
                var identities = await context.Ses.ListIdentitiesAsync(token).ConfigureAwait(false);
                var wanted = parseResult.GetValue(type) switch
                {
                    "email" => (SesIdentityType?)SesIdentityType.EmailAddress,
                    "domain" => SesIdentityType.Domain,
                    _ => null,
                };
                var shown = identities.Where(i => wanted is null || i.Type == wanted).ToList();
                if (context.Json)
                {
                    context.Output.WriteJson<IReadOnlyList<IdentityView>>([.. shown.Select(IdentityView.From)], CliOutput.Json.IReadOnlyListIdentityView);
                }
                else if (shown.Count == 0)
                {
                    context.Output.Note(wanted is null ? "No identities." : $"No {parseResult.GetValue(type)} identities.");
                }
                else
                {
                    context.Output.Render(IdentityView.Table(shown));
                }

                return ExitCodes.Success;
            },
            ct));
        return command;
    }
}
