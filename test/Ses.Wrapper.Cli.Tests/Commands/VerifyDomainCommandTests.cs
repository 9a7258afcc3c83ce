using Moq;
using Ses.Wrapper.Cli.Tests.TestSupport;

namespace Ses.Wrapper.Cli.Tests.Commands;

public class VerifyDomainCommandTests
{
    private const string Token = "Fh/12uHbExRl5HRYe5QIjrKyTbzU9xRagbp4gQIWBmw=";
    private static readonly string[] DkimTokens = ["ooac64hmd23r2xojzcb47j38f2fmjhiz", "0d8e6oyes1f92iwme5797zs3rb3ods8w", "bj7lx1wn4dhpnvefrpogjmzl2d4bfh1q"];

    private CliHarness cli = null!;

    [SetUp]
    public void SetUp()
    {
        cli = new CliHarness();
        cli.Ses.Setup(s => s.VerifyDomainAsync("example.com", It.IsAny<CancellationToken>())).ReturnsAsync(
            new SesDomainVerification(
                "example.com",
                Token,
                DkimTokens,
                [SesDnsRecord.Verification("example.com", Token), .. DkimTokens.Select(t => SesDnsRecord.Dkim("example.com", t))]));
    }

    [Test]
    public async Task VerifyDomain_Human_IsATableOfNameTypeValue()
    {
        var result = await cli.RunAsync("verify-domain", "example.com");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
            Assert.That(IdentitiesCommandTests.Rows(result.Stdout), Is.EqualTo(new[]
            {
                new[] { "Name", "Type", "Value" },
                new[] { "_amazonses.example.com", "TXT", Token },
                new[] { "ooac64hmd23r2xojzcb47j38f2fmjhiz._domainkey.example.com", "CNAME", "ooac64hmd23r2xojzcb47j38f2fmjhiz.dkim.amazonses.com" },
                new[] { "0d8e6oyes1f92iwme5797zs3rb3ods8w._domainkey.example.com", "CNAME", "0d8e6oyes1f92iwme5797zs3rb3ods8w.dkim.amazonses.com" },
                new[] { "bj7lx1wn4dhpnvefrpogjmzl2d4bfh1q._domainkey.example.com", "CNAME", "bj7lx1wn4dhpnvefrpogjmzl2d4bfh1q.dkim.amazonses.com" },
            }));
        });
    }

    [Test]
    public async Task VerifyDomain_Human_LinesAreWholeWithoutTrailingBlanks()
    {
        var result = await cli.RunAsync("verify-domain", "example.com");

        var lines = result.Stdout.TrimEnd('\n').Split('\n');
        Assert.Multiple(() =>
        {
            Assert.That(lines[0], Is.EqualTo(lines[0].TrimEnd()).And.Contain("DNS records to publish for example.com"));
            Assert.That(lines.Where(l => l.EndsWith(' ')), Is.Empty);
            Assert.That(lines.Count(l => l.Contains("._domainkey.example.com", StringComparison.Ordinal)), Is.EqualTo(3));
        });
    }

    [Test]
    public async Task VerifyDomain_Human_HintGoesToStderr()
    {
        var result = await cli.RunAsync("verify-domain", "example.com");

        Assert.That(result.Stderr, Is.EqualTo("Create these records in the domain's DNS zone; 'ses identities --type domain' shows when SES has verified it.\n"));
    }

    [Test]
    public async Task VerifyDomain_Json_HasTokensAndRecords()
    {
        var result = await cli.RunAsync("verify-domain", "example.com", "--json");

        var json = Json.Parse(result.Stdout);
        var records = json.GetProperty("DnsRecords").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(Json.PropertyNames(json), Is.EqualTo(new[] { "Domain", "VerificationToken", "DkimTokens", "DnsRecords" }));
            Assert.That(json.GetProperty("VerificationToken").GetString(), Is.EqualTo(Token));
            Assert.That(json.GetProperty("DkimTokens").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(DkimTokens));
            Assert.That(Json.PropertyNames(records[0]), Is.EqualTo(new[] { "Name", "Type", "Value" }));
            Assert.That((records.Count, records[0].GetProperty("Name").GetString(), records[1].GetProperty("Type").GetString()), Is.EqualTo((4, "_amazonses.example.com", "CNAME")));
            Assert.That(result.Stderr, Is.Empty);
        });
    }

    [Test]
    public async Task VerifyDomain_InvalidDomain_ExitsTwo()
    {
        cli.Ses.Setup(s => s.VerifyDomainAsync("not a domain", It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ArgumentException("domain 'not a domain' is not a domain name such as example.com.", "domain"));

        var result = await cli.RunAsync("verify-domain", "not a domain");

        Assert.That((result.ExitCode, result.Stdout, result.Stderr), Is.EqualTo((2, string.Empty, "error: domain 'not a domain' is not a domain name such as example.com.\n")));
    }

    [Test]
    public async Task VerifyDomain_NoDomain_ExitsTwo()
    {
        var result = await cli.RunAsync("verify-domain");

        Assert.That(result.ExitCode, Is.EqualTo(2));
    }

    [Test]
    public async Task VerifyDomain_SesError_ExitsOne()
    {
        cli.Ses.Setup(s => s.VerifyDomainAsync("example.com", It.IsAny<CancellationToken>())).ThrowsAsync(Errors.Network());

        var result = await cli.RunAsync("verify-domain", "example.com");

        Assert.That((result.ExitCode, result.Stdout, result.Stderr), Is.EqualTo((1, string.Empty, "error: Network: The connection to SES failed: Connection refused (127.0.0.1:1)\n")));
    }
}
