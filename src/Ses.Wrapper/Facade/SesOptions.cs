namespace Ses.Wrapper;

/// <summary>
/// Settings of Ses.Wrapper, bound from the <c>Ses</c> configuration section by <c>AddSes()</c> and validated at
/// start-up. Credentials: <see cref="AccessKeyId"/>/<see cref="SecretAccessKey"/> when set, else the named
/// <see cref="Profile"/>, else an <c>AWSOptions</c> registered by AWSSDK.Extensions.NETCore.Setup, else the AWS
/// SDK's default chain (environment, profile, SSO, container and instance roles).
/// </summary>
public sealed class SesOptions
{
    /// <summary>The configuration section bound by <c>AddSes()</c>: <c>Ses</c>.</summary>
    public const string SectionName = "Ses";

    /// <summary>The default of <see cref="MaxRawMessageSize"/>: 10 MiB.</summary>
    public const long DefaultMaxRawMessageSize = 10 * 1024 * 1024;

    /// <summary>The AWS region, for example <c>us-east-1</c>; SES identities and quotas are per region.</summary>
    public string? Region { get; set; }

    /// <summary>An absolute http(s) URL that replaces the regional endpoint: an emulator or a proxy.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>The name of a profile in the shared AWS credentials/config files.</summary>
    public string? Profile { get; set; }

    /// <summary>An access key id; requires <see cref="SecretAccessKey"/>.</summary>
    public string? AccessKeyId { get; set; }

    /// <summary>The secret access key of <see cref="AccessKeyId"/>. Never logged nor shown by <see cref="ToString"/>.</summary>
    public string? SecretAccessKey { get; set; }

    /// <summary>A session token for temporary credentials. Never logged nor shown by <see cref="ToString"/>.</summary>
    public string? SessionToken { get; set; }

    /// <summary>The sender used when a mail has no <see cref="SesMail.Source"/>.</summary>
    public string? DefaultSource { get; set; }

    /// <summary>The configuration set used when a mail names none.</summary>
    public string? ConfigurationSetName { get; set; }

    /// <summary>How long one HTTP attempt may take; the SDK's default when null.</summary>
    public TimeSpan? Timeout { get; set; }

    /// <summary>How many times a failed read-only call is retried (0 to 10); the SDK's default when null. Sends are only retried after a sending-rate throttle.</summary>
    public int? MaxErrorRetry { get; set; }

    /// <summary>
    /// The largest raw message sent, in bytes as SES v1 counts them: the base64 encoding of the whole MIME message
    /// (10 MiB by default, SES's limit). A larger mail is refused with <see cref="SesMessageTooLargeException"/> before any
    /// request is made.
    /// </summary>
    public long MaxRawMessageSize { get; set; } = DefaultMaxRawMessageSize;

    /// <summary>Bulk sending settings (<c>Ses:Bulk</c>): rate, safety margin, concurrency.</summary>
    public SesBulkOptions Bulk { get; set; } = new();

    /// <summary>Describes the options without secrets: the secret key and session token show as <c>***</c>.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() =>
        $"SesOptions {{ Region = {Region}, ServiceUrl = {ServiceUrl}, Profile = {Profile}, AccessKeyId = {AccessKeyId}, " +
        $"SecretAccessKey = {Mask(SecretAccessKey)}, SessionToken = {Mask(SessionToken)}, DefaultSource = {DefaultSource}, " +
        $"ConfigurationSetName = {ConfigurationSetName}, Timeout = {Timeout}, MaxErrorRetry = {MaxErrorRetry} }}";

    private static string? Mask(string? secret) => string.IsNullOrEmpty(secret) ? null : "***";
}
