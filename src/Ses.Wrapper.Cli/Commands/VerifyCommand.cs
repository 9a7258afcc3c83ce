using System.CommandLine;

namespace Ses.Wrapper.Cli.Commands;

/// <summary><c>ses verify a@x,b@x</c>: asks SES to send each address a verification mail (ses.py <c>verify</c>).</summary>
internal static class VerifyCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CommandRunner runner, HelpExamples examples)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(examples);
        var addresses = new Argument<string[]>("addresses")
        {
            Description = "The addresses to verify, comma-separated (addr1,addr2,...) and/or separated by spaces.",
            HelpName = "addr1,addr2,...",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("verify", "Verify email addresses: SES sends each one a mail with a confirmation link. Each address is reported in turn.");
        command.Arguments.Add(addresses);
        examples.Add(
            command,
            "ses verify -k [credentials file] [addr1,addr2,...]",
            "ses verify -k ~/.ses-credentials noreply@example.com,alerts@example.com",
            "ses verify --region eu-west-1 --json noreply@example.com");
        command.SetAction((parseResult, ct) => runner.RunAsync(
            parseResult,
            (context, token) => IdentityBatch.RunAsync(
                context,
                AddressList.Split(parseResult.GetValue(addresses)),
                context.Ses.VerifyEmailAddressAsync,
                "verification mail sent",
                token),
            ct));
        return command;
    }
}
