namespace Ses.Wrapper;

/// <summary>A DNS record to publish for a domain identity.</summary>
/// <param name="Name">The record's name, for example <c>_amazonses.example.com</c>.</param>
/// <param name="Type">The record type: <c>TXT</c> or <c>CNAME</c>.</param>
/// <param name="Value">The record's value.</param>
public sealed record SesDnsRecord(string Name, string Type, string Value)
{
    /// <summary>The verification record: <c>_amazonses.{domain} TXT {token}</c>.</summary>
    /// <param name="domain">The domain, in ASCII (punycode).</param>
    /// <param name="token">The verification token.</param>
    /// <returns>The record.</returns>
    public static SesDnsRecord Verification(string domain, string token) => new("_amazonses." + domain, "TXT", token);

    /// <summary>An Easy DKIM record: <c>{token}._domainkey.{domain} CNAME {token}.dkim.amazonses.com</c>.</summary>
    /// <param name="domain">The domain, in ASCII (punycode).</param>
    /// <param name="token">The DKIM token.</param>
    /// <returns>The record.</returns>
    public static SesDnsRecord Dkim(string domain, string token) => new(token + "._domainkey." + domain, "CNAME", token + ".dkim.amazonses.com");
}
