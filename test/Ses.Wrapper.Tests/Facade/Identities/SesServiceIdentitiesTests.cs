using Moq;
using Ses.Wrapper.SimpleEmail.Model;
using Ses.Wrapper.Tests.TestSupport;

namespace Ses.Wrapper.Tests.Facade.Identities;

/// <summary>Identities on the facade: listing with status, domain verification, DNS records and DKIM.</summary>
[TestFixture]
public sealed class SesServiceIdentitiesTests
{
    private static readonly string[] DkimTokens = ["ooac64hmd23r2xojzcb47j38f2fmjhiz", "0d8e6oyes1f92iwme5797zs3rb3ods8w", "bj7lx1wn4dhpnvefrpogjmzl2d4bfh1q"];

    [Test]
    public async Task ListIdentitiesAsync_BothKindsOverTwoPages_ReturnsEachWithTypeAndStatus()
    {
        var ses = new MockedSes();
        var listRequests = new List<ListIdentitiesRequest>();
        ses.Client.Setup(c => c.ListIdentitiesAsync(It.IsAny<ListIdentitiesRequest>(), It.IsAny<CancellationToken>()))
            .Callback<ListIdentitiesRequest, CancellationToken>((r, _) => listRequests.Add(r))
            .ReturnsAsync((ListIdentitiesRequest r, CancellationToken _) => r.NextToken is null
                ? MockedSes.WithRequestId(new ListIdentitiesResponse { Identities = ["sender@example.com", "example.com"], NextToken = "p2" })
                : MockedSes.WithRequestId(new ListIdentitiesResponse { Identities = ["pending@example.org", "unknown.example"] }));
        ses.Client.Setup(c => c.GetIdentityVerificationAttributesAsync(It.IsAny<GetIdentityVerificationAttributesRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(MockedSes.WithRequestId(new GetIdentityVerificationAttributesResponse
            {
                VerificationAttributes =
                {
                    ["sender@example.com"] = new IdentityVerificationAttributes { VerificationStatus = VerificationStatus.Success },
                    ["example.com"] = new IdentityVerificationAttributes { VerificationStatus = VerificationStatus.TemporaryFailure, VerificationToken = "tok" },
                    ["pending@example.org"] = new IdentityVerificationAttributes { VerificationStatus = VerificationStatus.Pending },
                },
            }));

        var identities = await ses.CreateService().ListIdentitiesAsync();

        Assert.Multiple(() =>
        {
            Assert.That(identities, Is.EqualTo(new[]
            {
                new SesIdentity("sender@example.com", SesIdentityType.EmailAddress, SesVerificationStatus.Success),
                new SesIdentity("example.com", SesIdentityType.Domain, SesVerificationStatus.TemporaryFailure),
                new SesIdentity("pending@example.org", SesIdentityType.EmailAddress, SesVerificationStatus.Pending),
                new SesIdentity("unknown.example", SesIdentityType.Domain, SesVerificationStatus.Unknown),
            }));
            Assert.That(listRequests.Select(r => r.IdentityType), Is.All.Null);
        });
    }

    [Test]
    public async Task ListIdentitiesAsync_TwoHundredFiftyIdentities_ChecksThemInBatchesOfOneHundred()
    {
        var ses = new MockedSes();
        var batches = new List<int>();
        ses.Client.Setup(c => c.ListIdentitiesAsync(It.IsAny<ListIdentitiesRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(MockedSes.WithRequestId(new ListIdentitiesResponse { Identities = [.. Enumerable.Range(0, 250).Select(i => $"a{i}@example.com")] }));
        ses.Client.Setup(c => c.GetIdentityVerificationAttributesAsync(It.IsAny<GetIdentityVerificationAttributesRequest>(), It.IsAny<CancellationToken>()))
            .Callback<GetIdentityVerificationAttributesRequest, CancellationToken>((r, _) => batches.Add(r.Identities.Count))
            .ReturnsAsync(MockedSes.WithRequestId(new GetIdentityVerificationAttributesResponse()));

        var identities = await ses.CreateService().ListIdentitiesAsync();

        Assert.Multiple(() =>
        {
            Assert.That(batches, Is.EqualTo(new[] { 100, 100, 50 }));
            Assert.That(identities, Has.Count.EqualTo(250));
        });
    }

    [Test]
    public async Task VerifyDomainAsync_Domain_ReturnsTokensAndTheDnsRecordsToCreate()
    {
        var ses = new MockedSes();
        ses.Client.Setup(c => c.VerifyDomainIdentityAsync(It.Is<VerifyDomainIdentityRequest>(r => r.Domain == "example.com"), It.IsAny<CancellationToken>()))
            .ReturnsAsync(MockedSes.WithRequestId(new VerifyDomainIdentityResponse { VerificationToken = "Fh/12uHbExRl5HRYe5QIjrKyTbzU9xRagbp4gQIWBmw=" }));
        ses.Client.Setup(c => c.VerifyDomainDkimAsync(It.Is<VerifyDomainDkimRequest>(r => r.Domain == "example.com"), It.IsAny<CancellationToken>()))
            .ReturnsAsync(MockedSes.WithRequestId(new VerifyDomainDkimResponse { DkimTokens = [.. DkimTokens] }));

        var verification = await ses.CreateService().VerifyDomainAsync("Example.COM.");

        Assert.Multiple(() =>
        {
            Assert.That(verification.Domain, Is.EqualTo("example.com"));
            Assert.That(verification.VerificationToken, Is.EqualTo("Fh/12uHbExRl5HRYe5QIjrKyTbzU9xRagbp4gQIWBmw="));
            Assert.That(verification.DkimTokens, Is.EqualTo(DkimTokens));
            Assert.That(verification.DnsRecords, Is.EqualTo(new[]
            {
                new SesDnsRecord("_amazonses.example.com", "TXT", "Fh/12uHbExRl5HRYe5QIjrKyTbzU9xRagbp4gQIWBmw="),
                new SesDnsRecord("ooac64hmd23r2xojzcb47j38f2fmjhiz._domainkey.example.com", "CNAME", "ooac64hmd23r2xojzcb47j38f2fmjhiz.dkim.amazonses.com"),
                new SesDnsRecord("0d8e6oyes1f92iwme5797zs3rb3ods8w._domainkey.example.com", "CNAME", "0d8e6oyes1f92iwme5797zs3rb3ods8w.dkim.amazonses.com"),
                new SesDnsRecord("bj7lx1wn4dhpnvefrpogjmzl2d4bfh1q._domainkey.example.com", "CNAME", "bj7lx1wn4dhpnvefrpogjmzl2d4bfh1q.dkim.amazonses.com"),
            }));
        });
    }

    [Test]
    public async Task VerifyDomainAsync_InternationalDomain_IsSentInPunycode()
    {
        var ses = new MockedSes();
        ses.Client.Setup(c => c.VerifyDomainIdentityAsync(It.IsAny<VerifyDomainIdentityRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(MockedSes.WithRequestId(new VerifyDomainIdentityResponse { VerificationToken = "t" }));
        ses.Client.Setup(c => c.VerifyDomainDkimAsync(It.IsAny<VerifyDomainDkimRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(MockedSes.WithRequestId(new VerifyDomainDkimResponse()));

        var verification = await ses.CreateService().VerifyDomainAsync("bücher.example");

        Assert.Multiple(() =>
        {
            Assert.That(verification.Domain, Is.EqualTo("xn--bcher-kva.example"));
            Assert.That(verification.DnsRecords.Single().Name, Is.EqualTo("_amazonses.xn--bcher-kva.example"));
            ses.Client.Verify(c => c.VerifyDomainIdentityAsync(It.Is<VerifyDomainIdentityRequest>(r => r.Domain == "xn--bcher-kva.example"), It.IsAny<CancellationToken>()));
        });
    }

    [TestCase("user@example.com")]
    [TestCase("")]
    [TestCase("localhost")]
    [TestCase("exa mple.com")]
    public void VerifyDomainAsync_NotADomain_ThrowsNamingDomain(string domain)
    {
        var ses = new MockedSes();

        var error = Assert.ThrowsAsync<ArgumentException>(() => ses.CreateService().VerifyDomainAsync(domain));

        Assert.That(error!.ParamName, Is.EqualTo("domain"));
    }

    [Test]
    public async Task GetDomainDnsRecordsAsync_ExistingDomain_ReadsTokenAndDkimTokens()
    {
        var ses = new MockedSes();
        ses.Client.Setup(c => c.GetIdentityVerificationAttributesAsync(It.Is<GetIdentityVerificationAttributesRequest>(r => r.Identities.SequenceEqual(new[] { "example.com" })), It.IsAny<CancellationToken>()))
            .ReturnsAsync(MockedSes.WithRequestId(new GetIdentityVerificationAttributesResponse
            {
                VerificationAttributes = { ["example.com"] = new IdentityVerificationAttributes { VerificationStatus = VerificationStatus.Pending, VerificationToken = "tok=" } },
            }));
        ses.Client.Setup(c => c.GetIdentityDkimAttributesAsync(It.Is<GetIdentityDkimAttributesRequest>(r => r.Identities.SequenceEqual(new[] { "example.com" })), It.IsAny<CancellationToken>()))
            .ReturnsAsync(MockedSes.WithRequestId(new GetIdentityDkimAttributesResponse
            {
                DkimAttributes = { ["example.com"] = new IdentityDkimAttributes { DkimEnabled = true, DkimVerificationStatus = VerificationStatus.Pending, DkimTokens = ["k1"] } },
            }));

        var records = await ses.CreateService().GetDomainDnsRecordsAsync("example.com");

        Assert.That(records, Is.EqualTo(new[]
        {
            new SesDnsRecord("_amazonses.example.com", "TXT", "tok="),
            new SesDnsRecord("k1._domainkey.example.com", "CNAME", "k1.dkim.amazonses.com"),
        }));
    }

    [Test]
    public void GetDomainDnsRecordsAsync_UnknownDomain_ThrowsNamingDomain()
    {
        var ses = new MockedSes();
        ses.Client.Setup(c => c.GetIdentityVerificationAttributesAsync(It.IsAny<GetIdentityVerificationAttributesRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(MockedSes.WithRequestId(new GetIdentityVerificationAttributesResponse()));

        var error = Assert.ThrowsAsync<ArgumentException>(() => ses.CreateService().GetDomainDnsRecordsAsync("example.com"));

        Assert.Multiple(() =>
        {
            Assert.That(error!.ParamName, Is.EqualTo("domain"));
            Assert.That(error.Message, Does.Contain("VerifyDomainAsync"));
        });
    }

    [Test]
    public async Task GetDkimAttributesAsync_TwoIdentities_MapsEachInInputOrder()
    {
        var ses = new MockedSes();
        ses.Client.Setup(c => c.GetIdentityDkimAttributesAsync(It.IsAny<GetIdentityDkimAttributesRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(MockedSes.WithRequestId(new GetIdentityDkimAttributesResponse
            {
                DkimAttributes =
                {
                    ["example.com"] = new IdentityDkimAttributes { DkimEnabled = true, DkimVerificationStatus = VerificationStatus.Success, DkimTokens = [.. DkimTokens] },
                    ["sender@example.com"] = new IdentityDkimAttributes { DkimEnabled = false, DkimVerificationStatus = VerificationStatus.NotStarted },
                },
            }));

        var attributes = await ses.CreateService().GetDkimAttributesAsync(["sender@example.com", "example.com", "other.example"]);

        Assert.Multiple(() =>
        {
            Assert.That(attributes.Select(a => (a.Identity, a.Enabled, a.Status)), Is.EqualTo(new[]
            {
                ("sender@example.com", false, SesVerificationStatus.NotStarted),
                ("example.com", true, SesVerificationStatus.Success),
                ("other.example", false, SesVerificationStatus.Unknown),
            }));
            Assert.That(attributes[1].Tokens, Is.EqualTo(DkimTokens));
        });
    }

    [Test]
    public void GetDkimAttributesAsync_InvalidIdentity_ThrowsNamingIt()
    {
        var ses = new MockedSes();

        var error = Assert.ThrowsAsync<ArgumentException>(() => ses.CreateService().GetDkimAttributesAsync(["example.com", "not valid"]));

        Assert.That(error!.ParamName, Is.EqualTo("identities[1]"));
    }
}
