namespace Ses.Wrapper;

/// <summary>An identity of the account and its verification status.</summary>
/// <param name="Identity">The email address or domain.</param>
/// <param name="Type">Whether it is an address or a domain.</param>
/// <param name="Status">Its verification status.</param>
public sealed record SesIdentity(string Identity, SesIdentityType Type, SesVerificationStatus Status);
