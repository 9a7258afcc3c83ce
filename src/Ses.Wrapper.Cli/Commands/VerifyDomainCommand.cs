using System.CommandLine;
using Ses.Wrapper.Cli.Hosting;
using Ses.Wrapper.Cli.Output;

namespace Ses.Wrapper.Cli.Commands;

/// <summary>
/// <c>ses verify-domain example.com</c>: starts verifying a domain and Easy DKIM for it, and prints the DNS records to
/// publish (the <c>_amazonses</c> TXT record and the DKIM CNAME records).
/// </summary>
internal static class VerifyDomainCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CommandRunner runner, HelpExamples examples)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(examples);
        var domain = new Argument<string>("domain") { Description = "The domain to verify, for example example.com.", HelpName = "domain" };
        var command = new Command(
            "verify-domain",
            "Verify a domain (and set up Easy DKIM for it): prints the DNS records to create, as a table of name, type and value. SES verifies the domain once they are published.");
        command.Arguments.Add(domain);
        examples.Add(
            command,
            "ses verify-domain example.com",
            "ses verify-domain example.com --region eu-west-1",
            "ses verify-domain example.com --json | jq -r '.DnsRecords[] | \"\\(.Name) \\(.Type) \\(.Value)\"'");
        command.SetAction((parseResult, ct) => runner.RunAsync(
            parseResult,
            async (context, token) =>
            {
                var verification = await context.Ses.VerifyDomainAsync(parseResult.GetRequiredValue(domain), token).ConfigureAwait(false);
                if (context.Json)
                {
                    context.Output.WriteJson(verification, CliOutput.Json.SesDomainVerification);
                }
                else
                {
                    context.Output.WriteLine(DnsRecordsView.Render(verification.Domain, verification.DnsRecords).TrimEnd('\n', '\r'));
                    context.Output.Note("Create these records in the domain's DNS zone; 'ses identities --type domain' shows when SES has verified it.");
                }

                return ExitCodes.Success;
            },
            ct));
        return command;
    }
}
