namespace Ses.Wrapper;

/// <summary>The DKIM state of an identity.</summary>
/// <param name="Identity">The address or domain.</param>
/// <param name="Enabled">Whether SES signs the identity's mail with DKIM.</param>
/// <param name="Status">Whether SES found the DKIM records in DNS.</param>
/// <param name="Tokens">The DKIM tokens of a domain; empty for an address.</param>
public sealed record SesDkimAttributes(string Identity, bool Enabled, SesVerificationStatus Status, IReadOnlyList<string> Tokens);
