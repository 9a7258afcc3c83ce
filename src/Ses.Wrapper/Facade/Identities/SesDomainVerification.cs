namespace Ses.Wrapper;

/// <summary>What it takes to verify a domain: its tokens and the DNS records to publish.</summary>
/// <param name="Domain">The domain, in ASCII (punycode).</param>
/// <param name="VerificationToken">The token of the <c>_amazonses</c> TXT record.</param>
/// <param name="DkimTokens">The Easy DKIM tokens (three), or none when DKIM was not set up.</param>
/// <param name="DnsRecords">The records to create: the TXT record, then one CNAME per DKIM token.</param>
public sealed record SesDomainVerification(string Domain, string VerificationToken, IReadOnlyList<string> DkimTokens, IReadOnlyList<SesDnsRecord> DnsRecords);
