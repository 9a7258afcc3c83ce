using System.Globalization;
using Ses.Wrapper.SimpleEmail.Model;

namespace Ses.Wrapper;

/// <summary>Identities: every address and domain with its status, domain verification and DKIM.</summary>
public sealed partial class SesService
{
    private static readonly IdnMapping Idn = new();

    /// <inheritdoc />
    public Task<IReadOnlyList<SesIdentity>> ListIdentitiesAsync(CancellationToken cancellationToken = default) =>
        CallAsync<IReadOnlyList<SesIdentity>>("ListIdentities", async ct =>
        {
            var identities = await ListAllIdentitiesAsync(null, ct).ConfigureAwait(false);
            var result = new List<SesIdentity>(identities.Count);
            foreach (var batch in identities.Chunk(VerificationBatchSize))
            {
                var request = new GetIdentityVerificationAttributesRequest { Identities = [.. batch] };
                var response = await client.GetIdentityVerificationAttributesAsync(request, ct).ConfigureAwait(false);
                result.AddRange(batch.Select(identity => new SesIdentity(
                    identity,
                    identity.Contains('@', StringComparison.Ordinal) ? SesIdentityType.EmailAddress : SesIdentityType.Domain,
                    response.VerificationAttributes.TryGetValue(identity, out var attributes) ? ToStatus(attributes.VerificationStatus) : SesVerificationStatus.Unknown)));
            }

            return result;
        }, cancellationToken);

    /// <inheritdoc />
    public Task<SesDomainVerification> VerifyDomainAsync(string domain, CancellationToken cancellationToken = default)
    {
        var ascii = AsciiDomain(domain, nameof(domain));
        return CallAsync("VerifyDomainIdentity", async ct =>
        {
            var identity = await client.VerifyDomainIdentityAsync(new VerifyDomainIdentityRequest { Domain = ascii }, ct).ConfigureAwait(false);
            var token = identity.VerificationToken
                ?? throw new SesException($"SES answered VerifyDomainIdentity for '{ascii}' without a verification token.", SesErrorKind.InvalidResponse, requestId: RequestId(identity));
            var dkim = await client.VerifyDomainDkimAsync(new VerifyDomainDkimRequest { Domain = ascii }, ct).ConfigureAwait(false);
            return new SesDomainVerification(ascii, token, dkim.DkimTokens, Records(ascii, token, dkim.DkimTokens));
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SesDnsRecord>> GetDomainDnsRecordsAsync(string domain, CancellationToken cancellationToken = default)
    {
        var ascii = AsciiDomain(domain, nameof(domain));
        return CallAsync<IReadOnlyList<SesDnsRecord>>("GetIdentityVerificationAttributes", async ct =>
        {
            var verification = await client.GetIdentityVerificationAttributesAsync(new GetIdentityVerificationAttributesRequest { Identities = [ascii] }, ct).ConfigureAwait(false);
            if (!verification.VerificationAttributes.TryGetValue(ascii, out var attributes) || string.IsNullOrEmpty(attributes.VerificationToken))
            {
                throw new ArgumentException($"The domain '{ascii}' is not an identity of this account in this region: call VerifyDomainAsync first.", nameof(domain));
            }

            var dkim = await client.GetIdentityDkimAttributesAsync(new GetIdentityDkimAttributesRequest { Identities = [ascii] }, ct).ConfigureAwait(false);
            var tokens = dkim.DkimAttributes.TryGetValue(ascii, out var dkimAttributes) ? dkimAttributes.DkimTokens : [];
            return Records(ascii, attributes.VerificationToken, tokens);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SesDkimAttributes>> GetDkimAttributesAsync(IEnumerable<string> identities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(identities);
        var list = identities.Select((identity, i) =>
        {
            var field = string.Create(CultureInfo.InvariantCulture, $"identities[{i}]");
            SesMailValidator.CheckIdentity(identity, field);
            return identity.Contains('@', StringComparison.Ordinal) ? identity : AsciiDomain(identity, field);
        }).ToList();
        return CallAsync<IReadOnlyList<SesDkimAttributes>>("GetIdentityDkimAttributes", async ct =>
        {
            var result = new List<SesDkimAttributes>(list.Count);
            foreach (var batch in list.Chunk(VerificationBatchSize))
            {
                var response = await client.GetIdentityDkimAttributesAsync(new GetIdentityDkimAttributesRequest { Identities = [.. batch] }, ct).ConfigureAwait(false);
                result.AddRange(batch.Select(identity => response.DkimAttributes.TryGetValue(identity, out var attributes)
                    ? new SesDkimAttributes(identity, attributes.DkimEnabled ?? false, ToStatus(attributes.DkimVerificationStatus), attributes.DkimTokens)
                    : new SesDkimAttributes(identity, false, SesVerificationStatus.Unknown, [])));
            }

            return result;
        }, cancellationToken);
    }

    private static List<SesDnsRecord> Records(string domain, string token, IEnumerable<string> dkimTokens) =>
        [SesDnsRecord.Verification(domain, token), .. dkimTokens.Select(t => SesDnsRecord.Dkim(domain, t))];

    /// <summary>A domain in ASCII: lower case, punycode for an internationalised name, no trailing dot.</summary>
    private static string AsciiDomain(string? domain, string field)
    {
        if (string.IsNullOrWhiteSpace(domain) || domain.Contains('@', StringComparison.Ordinal))
        {
            throw new ArgumentException($"{field} '{domain}' is not a domain name.", field);
        }

        string ascii;
        try
        {
            ascii = Idn.GetAscii(domain.Trim().TrimEnd('.')).ToLowerInvariant();
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"{field} '{domain}' is not a valid domain name: {ex.Message}", field, ex);
        }

        if (Uri.CheckHostName(ascii) != UriHostNameType.Dns || !ascii.Contains('.', StringComparison.Ordinal))
        {
            throw new ArgumentException($"{field} '{domain}' is not a domain name such as example.com.", field);
        }

        return ascii;
    }

    private static SesVerificationStatus ToStatus(VerificationStatus? status) => status?.Value switch
    {
        "Pending" => SesVerificationStatus.Pending,
        "Success" => SesVerificationStatus.Success,
        "Failed" => SesVerificationStatus.Failed,
        "TemporaryFailure" => SesVerificationStatus.TemporaryFailure,
        "NotStarted" => SesVerificationStatus.NotStarted,
        _ => SesVerificationStatus.Unknown,
    };
}
