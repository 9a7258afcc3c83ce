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
        if (options.ServiceUrl is { } url)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || uri.Host.Length == 0)
            {
                failures.Add($"Ses:ServiceUrl '{url}' is not an absolute http or https URL (for example http://127.0.0.1:8005).");
            }
            else if (uri.UserInfo.Length > 0)
            {
                // Not echoed: the user info may hold a password.
                failures.Add("Ses:ServiceUrl must not contain a user name or password; SES requests are signed with the AWS credentials.");
            }
            else if (uri.Query.Length > 0 || uri.Fragment.Length > 0)
            {
                failures.Add($"Ses:ServiceUrl '{url}' must not have a query or fragment; give the endpoint's base URL.");
            }
        }

        if (options.Region is { } region && !RegionPattern().IsMatch(region))
        {
            failures.Add($"Ses:Region '{region}' is not an AWS region name such as us-east-1.");
        }

        CheckCredentialText(options.AccessKeyId, "Ses:AccessKeyId", failures);
        CheckCredentialText(options.SecretAccessKey, "Ses:SecretAccessKey", failures);
        CheckCredentialText(options.SessionToken, "Ses:SessionToken", failures);
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

        if (options.ConfigurationSetName is { } set && !ConfigurationSetPattern().IsMatch(set))
        {
            failures.Add($"Ses:ConfigurationSetName '{set}' is invalid: use 1 to 64 ASCII letters, digits, '_' or '-'.");
        }

        if (options.MaxRawMessageSize <= 0)
        {
            failures.Add($"Ses:MaxRawMessageSize '{options.MaxRawMessageSize}' must be more than zero bytes.");
        }

        ValidateBulk(options.Bulk, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateBulk(SesBulkOptions? bulk, List<string> failures)
    {
        if (bulk is null)
        {
            failures.Add("Ses:Bulk is null; leave it unset for the defaults.");
            return;
        }

        if (bulk.MaxSendRate is { } rate && !(double.IsFinite(rate) && rate > 0))
        {
            failures.Add($"Ses:Bulk:MaxSendRate '{rate}' must be a number of recipients per second above zero.");
        }

        if (!(bulk.SafetyMargin >= 0 && bulk.SafetyMargin <= 0.9))
        {
            failures.Add($"Ses:Bulk:SafetyMargin '{bulk.SafetyMargin}' must be between 0 and 0.9.");
        }

        if (bulk.MaxConcurrency < 1)
        {
            failures.Add($"Ses:Bulk:MaxConcurrency '{bulk.MaxConcurrency}' must be at least 1.");
        }

        if (bulk.QuotaRefreshInterval <= TimeSpan.Zero)
        {
            failures.Add($"Ses:Bulk:QuotaRefreshInterval '{bulk.QuotaRefreshInterval}' must be more than zero.");
        }

        if (bulk.MaxThrottleRetries < 0)
        {
            failures.Add($"Ses:Bulk:MaxThrottleRetries '{bulk.MaxThrottleRetries}' must be 0 or more.");
        }
    }

    /// <summary>Refuses a blank credential or one with whitespace or control characters; the value is never echoed.</summary>
    private static void CheckCredentialText(string? value, string setting, List<string> failures)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{setting} is blank; set it or leave it unset.");
        }
        else if (value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            failures.Add($"{setting} contains whitespace or control characters; check how it was copied.");
        }
    }

    // \z, not $: '$' also matches before a final line feed.
    [GeneratedRegex(@"^[a-z]{2}(-[a-z]+)+-[0-9]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex RegionPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,64}\z", RegexOptions.CultureInvariant)]
    private static partial Regex ConfigurationSetPattern();
}
