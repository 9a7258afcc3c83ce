using System.CommandLine;
using Ses.Wrapper.Cli.Commands;
using Ses.Wrapper.Cli.Credentials;

namespace Ses.Wrapper.Cli.Hosting;

/// <summary>Where credentials come from and where SES is, as the global options say.</summary>
/// <param name="CredentialsFile">The parsed <c>-k</c> file, if given.</param>
/// <param name="Profile">The <c>--profile</c>, if given.</param>
/// <param name="Region">The <c>--region</c>, else the file's <c>Region=</c>, else null (the AWS default chain decides).</param>
/// <param name="EndpointUrl">The <c>--endpoint-url</c>, if given.</param>
internal sealed record ConnectionSettings(CredentialsFile? CredentialsFile, string? Profile, string? Region, string? EndpointUrl)
{
    /// <summary>Reads the global options: parses the credentials file and warns when other users can read it.</summary>
    /// <exception cref="CredentialsFileException">The credentials file is missing or malformed.</exception>
    /// <exception cref="CliUsageException">The options contradict each other.</exception>
    public static ConnectionSettings From(ParseResult parseResult, GlobalOptions options, Action<string> warn)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(warn);
        var path = parseResult.GetValue(options.CredentialsFile);
        var profile = parseResult.GetValue(options.Profile);
        if (path is not null && profile is not null)
        {
            throw new CliUsageException("-k/--credentials-file and --profile both give credentials; use one of them.");
        }

        CredentialsFile? file = null;
        if (path is not null)
        {
            file = CredentialsFileParser.ReadFile(path);
            if (CredentialsFilePermissions.Check(path) is { } warning)
            {
                warn(warning);
            }
        }

        return new ConnectionSettings(file, profile, parseResult.GetValue(options.Region) ?? file?.Region, parseResult.GetValue(options.EndpointUrl));
    }

    /// <summary>Copies the settings into the library's options.</summary>
    public void Apply(SesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Region = Region;
        options.ServiceUrl = EndpointUrl;
        options.Profile = Profile;
        if (CredentialsFile is not null)
        {
            options.AccessKeyId = CredentialsFile.AccessKeyId;
            options.SecretAccessKey = CredentialsFile.SecretKey;
            options.SessionToken = CredentialsFile.SessionToken;
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"ConnectionSettings {{ CredentialsFile = {CredentialsFile?.Path}, Profile = {Profile}, Region = {Region}, EndpointUrl = {EndpointUrl} }}";
}
