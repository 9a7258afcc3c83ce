using System.CommandLine;
using System.CommandLine.Help;
using Ses.Wrapper.Cli.Hosting;

namespace Ses.Wrapper.Cli.Commands;

/// <summary>Builds the <c>ses</c> command tree: the six ses.py commands, the commands beyond ses.py, and the global options.</summary>
internal static class SesCommandLine
{
    /// <summary>The tool's command name.</summary>
    public const string Name = "ses";

    /// <summary>Creates the root command, bound to <paramref name="environment"/>.</summary>
    /// <param name="environment">Standard streams and service set-up.</param>
    /// <param name="helpWidth">The width help text is wrapped at; the library's default (the terminal's) when null.</param>
    public static Command Create(CliEnvironment environment, int? helpWidth)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var globals = new GlobalOptions();
        var runner = new CommandRunner(environment, globals);
        var examples = new HelpExamples();
        var root = new Command(Name, "Amazon SES from the command line: send mail with the body on standard input (with attachments, raw MIME, templates, or in bulk at the account's rate), show the quota and statistics, list, verify and delete addresses and domains, manage templates. Compatible with ses.py's command line.");
        root.Options.Add(new HelpOption());
        root.Options.Add(new VersionOption { Action = new VersionAction() });
        foreach (var option in globals.All)
        {
            root.Options.Add(option);
        }

        root.Subcommands.Add(SendCommand.Create(runner, examples));
        root.Subcommands.Add(QuotaCommand.Create(runner, examples));
        root.Subcommands.Add(StatsCommand.Create(runner, examples));
        root.Subcommands.Add(VerifiedCommand.Create(runner, examples));
        root.Subcommands.Add(VerifyCommand.Create(runner, examples));
        root.Subcommands.Add(DeleteCommand.Create(runner, examples));
        root.Subcommands.Add(SendBulkCommand.Create(runner, examples));
        root.Subcommands.Add(SendRawCommand.Create(runner, examples));
        root.Subcommands.Add(IdentitiesCommand.Create(runner, examples));
        root.Subcommands.Add(VerifyDomainCommand.Create(runner, examples));
        root.Subcommands.Add(TemplatesCommand.Create(runner, examples));
        root.Subcommands.Add(SendTemplatedCommand.Create(runner, examples));
        examples.Add(
            root,
            "1. Sending email:",
            "   echo \"email text body\" | ses send -k [credentials file] -f from_addr -t [to_addr1,to_addr2,...] -c [cc_addr1,cc_addr2,...] -b [bcc_addr1,bcc_addr2,...] -s \"email subject\"",
            "2. Get send quota:",
            "   ses quota -k [credentials file]",
            "3. Get send statistics:",
            "   ses stats -k [credentials file]",
            "4. Get verified email addresses:",
            "   ses verified -k [credentials file]",
            "5. Verify email addresses:",
            "   ses verify -k [credentials file] [addr1,addr2,...]",
            "6. Delete verified email addresses:",
            "   ses delete -k [credentials file] [addr1,addr2,...]",
            string.Empty,
            "Beyond ses.py:",
            "   ses send -f from -t to -s subject --attach invoice.pdf < body.txt",
            "   ses send-bulk -f from -s \"Hello {{name}}\" --to-file people.csv --text-file body.txt",
            "   ses send-raw < message.eml",
            "   ses identities; ses verify-domain example.com; ses templates list",
            string.Empty,
            "Credentials file example (chmod 600):",
            "   AWSAccessKeyId=XXXXXXXXXXXXXXXXXXXX",
            "   AWSSecretKey=YYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYY",
            string.Empty,
            "Exit codes: 0 success, 1 SES or network error, 2 usage or input error.");
        examples.Install(root, helpWidth);
        return root;
    }
}
