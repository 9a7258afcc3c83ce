using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Ses.Wrapper;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Validates <see cref="SesOptions"/> at start-up; every message names the setting (<c>Ses:Name</c>).</summary>
internal sealed partial class SesOptionsValidator : IValidateOptions<SesOptions>
{
    public ValidateOptionsResult Validate(string? name, SesOptions options)
    {
        var failures = new List<string>();
        if (options.ServiceUrl is { } url
            && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || uri.Host.Length == 0))
        {
            failures.Add($"Ses:ServiceUrl '{url}' is not an absolute http or https URL (for example http://127.0.0.1:8005).");
        }

        if (options.Region is { } region && !RegionPattern().IsMatch(region))
        {
            failures.Add($"Ses:Region '{region}' is not an AWS region name such as us-east-1.");
        }

        var hasKeyId = !string.IsNullOrEmpty(options.AccessKeyId);
        var hasSecret = !string.IsNullOrEmpty(options.SecretAccessKey);
        if (hasSecret && !hasKeyId)
        {
            failures.Add("Ses:SecretAccessKey is set but Ses:AccessKeyId is not; set both or neither.");
        }

        if (hasKeyId && !hasSecret)
        {
            failures.Add("Ses:AccessKeyId is set but Ses:SecretAccessKey is not; set both or neither.");
        }

        if (!string.IsNullOrEmpty(options.SessionToken) && !hasKeyId)
        {
            failures.Add("Ses:SessionToken is set without Ses:AccessKeyId and Ses:SecretAccessKey.");
        }

        if (hasKeyId && !string.IsNullOrEmpty(options.Profile))
        {
            failures.Add("Ses:Profile and Ses:AccessKeyId are both set; choose one source of credentials.");
        }

        if (options.Timeout is { } timeout && (timeout <= TimeSpan.Zero || timeout > TimeSpan.FromHours(1)))
        {
            failures.Add($"Ses:Timeout '{timeout}' must be more than zero and at most one hour.");
        }

        if (options.MaxErrorRetry is { } retries && (retries < 0 || retries > 10))
        {
            failures.Add($"Ses:MaxErrorRetry '{retries}' must be between 0 and 10.");
        }

        if (options.DefaultSource is { } source)
        {
            try
            {
                SesMailValidator.CheckAddress(source, "Ses:DefaultSource");
            }
            catch (ArgumentException ex)
            {
                failures.Add(ex.Message.Split(" (Parameter", 2)[0]);
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^[a-z]{2}(-[a-z]+)+-[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex RegionPattern();
}
