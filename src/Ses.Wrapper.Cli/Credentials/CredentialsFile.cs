namespace Ses.Wrapper.Cli.Credentials;

/// <summary>What a ses.py credentials file holds. <see cref="ToString"/> never shows the secret or the token.</summary>
/// <param name="path">The file the values were read from, as given on the command line.</param>
/// <param name="accessKeyId">The <c>AWSAccessKeyId</c> value.</param>
/// <param name="secretKey">The <c>AWSSecretKey</c> value.</param>
/// <param name="sessionToken">The optional <c>AWSSessionToken</c> value.</param>
/// <param name="region">The optional <c>Region</c> value.</param>
internal sealed class CredentialsFile(string path, string accessKeyId, string secretKey, string? sessionToken, string? region)
{
    /// <summary>The file the values were read from.</summary>
    public string Path { get; } = path;

    /// <summary>The access key id.</summary>
    public string AccessKeyId { get; } = accessKeyId;

    /// <summary>The secret access key: never print it.</summary>
    public string SecretKey { get; } = secretKey;

    /// <summary>The session token of temporary credentials, if any: never print it.</summary>
    public string? SessionToken { get; } = sessionToken;

    /// <summary>The region, if the file names one.</summary>
    public string? Region { get; } = region;

    /// <inheritdoc />
    public override string ToString() =>
        $"CredentialsFile {{ Path = {Path}, AccessKeyId = {AccessKeyId}, SecretKey = ***, SessionToken = {(SessionToken is null ? "" : "***")}, Region = {Region} }}";
}
