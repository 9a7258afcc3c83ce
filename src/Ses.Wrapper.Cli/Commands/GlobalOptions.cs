using System.CommandLine;

namespace Ses.Wrapper.Cli.Commands;

/// <summary>The options every command takes (declared once on the root, recursive): where credentials come from, where SES is, how to print.</summary>
internal sealed class GlobalOptions
{
    /// <summary><c>-k</c>: ses.py's credentials file.</summary>
    public Option<string?> CredentialsFile { get; } = new("--credentials-file", "-k")
    {
        Description = "ses.py credentials file with AWSAccessKeyId=... and AWSSecretKey=... lines (optional AWSSessionToken=, Region=). Without it, the AWS default chain is used (environment, profile, SSO, instance role).",
        HelpName = "file",
        Recursive = true,
    };

    /// <summary><c>--profile</c>: a profile of the shared AWS config and credentials files.</summary>
    public Option<string?> Profile { get; } = new("--profile")
    {
        Description = "Use this profile of the shared AWS credentials and config files (as the AWS CLI does).",
        HelpName = "name",
        Recursive = true,
    };

    /// <summary><c>--region</c>: the AWS region.</summary>
    public Option<string?> Region { get; } = new("--region")
    {
        Description = "The AWS region, for example us-east-1 (SES identities and quotas are per region). Overrides Region= of the credentials file.",
        HelpName = "region",
        Recursive = true,
    };

    /// <summary><c>--endpoint-url</c>: replaces the regional endpoint.</summary>
    public Option<string?> EndpointUrl { get; } = new("--endpoint-url")
    {
        Description = "Send requests to this URL instead of the regional SES endpoint: an emulator or a proxy (as the AWS CLI's --endpoint-url).",
        HelpName = "url",
        Recursive = true,
    };

    /// <summary><c>--json</c>: machine-readable output.</summary>
    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Print the result as JSON (fields as in the AWS API; timestamps ISO-8601 UTC) and nothing else on standard output.",
        Recursive = true,
    };

    /// <summary><c>-v</c>: log each request to standard error.</summary>
    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Log each SES request (action, endpoint, HTTP status, duration) to standard error. Credentials are never printed.",
        Recursive = true,
    };

    /// <summary>All of them, in help order.</summary>
    public IEnumerable<Option> All => [CredentialsFile, Profile, Region, EndpointUrl, Json, Verbose];
}
