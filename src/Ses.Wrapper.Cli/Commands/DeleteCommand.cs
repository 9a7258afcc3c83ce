using System.CommandLine;

namespace Ses.Wrapper.Cli.Commands;

/// <summary><c>ses delete a@x,b@x</c>: deletes verified identities (ses.py <c>delete</c>).</summary>
internal static class DeleteCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CommandRunner runner, HelpExamples examples)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(examples);
        var identities = new Argument<string[]>("addresses")
        {
            Description = "The addresses (or domains) to delete, comma-separated (addr1,addr2,...) and/or separated by spaces.",
            HelpName = "addr1,addr2,...",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("delete", "Delete verified email addresses (or domains) from SES. Each one is reported in turn.");
        command.Arguments.Add(identities);
        examples.Add(
            command,
            "ses delete -k [credentials file] [addr1,addr2,...]",
            "ses delete -k ~/.ses-credentials old@example.com,example.org");
        command.SetAction((parseResult, ct) => runner.RunAsync(
            parseResult,
            (context, token) => IdentityBatch.RunAsync(
                context,
                AddressList.Split(parseResult.GetValue(identities)),
                context.Ses.DeleteIdentityAsync,
                "deleted",
                token),
            ct));
        return command;
    }
}
