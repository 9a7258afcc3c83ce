using Moq;
using Ses.Wrapper.Cli.Tests.TestSupport;

namespace Ses.Wrapper.Cli.Tests.Commands;

public class IdentitiesCommandTests
{
    private CliHarness cli = null!;

    [SetUp]
    public void SetUp()
    {
        cli = new CliHarness();
        cli.Ses.Setup(s => s.ListIdentitiesAsync(It.IsAny<CancellationToken>())).ReturnsAsync(
        [
            new SesIdentity("sender@example.com", SesIdentityType.EmailAddress, SesVerificationStatus.Success),
            new SesIdentity("example.com", SesIdentityType.Domain, SesVerificationStatus.Pending),
            new SesIdentity("noreply@example.org", SesIdentityType.EmailAddress, SesVerificationStatus.Failed),
        ]);
    }

    [Test]
    public async Task Identities_Human_IsATableOfIdentityTypeAndStatus()
    {
        var result = await cli.RunAsync("identities");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
            Assert.That(Rows(result.Stdout), Is.EqualTo(new[]
            {
                new[] { "Identity", "Type", "Status" },
                new[] { "sender@example.com", "email", "Success" },
                new[] { "example.com", "domain", "Pending" },
                new[] { "noreply@example.org", "email", "Failed" },
            }));
        });
    }

    [Test]
    public async Task Identities_TypeDomain_ShowsOnlyDomains()
    {
        var result = await cli.RunAsync("identities", "--type", "domain");

        Assert.That(Rows(result.Stdout).Skip(1).Select(r => r[0]), Is.EqualTo(new[] { "example.com" }));
    }

    [Test]
    public async Task Identities_TypeEmail_ShowsOnlyAddresses()
    {
        var result = await cli.RunAsync("identities", "--type", "email");

        Assert.That(Rows(result.Stdout).Skip(1).Select(r => r[0]), Is.EqualTo(new[] { "sender@example.com", "noreply@example.org" }));
    }

    [Test]
    public async Task Identities_UnknownType_ExitsTwoWithoutCallingSes()
    {
        var result = await cli.RunAsync("identities", "--type", "phone");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Stderr, Does.Contain("phone"));
            cli.Ses.Verify(s => s.ListIdentitiesAsync(It.IsAny<CancellationToken>()), Times.Never);
        });
    }

    [Test]
    public async Task Identities_Json_HasTheLibraryFieldsWithEnumNames()
    {
        var result = await cli.RunAsync("identities", "--json");

        var json = Json.Parse(result.Stdout);
        Assert.Multiple(() =>
        {
            Assert.That(Json.PropertyNames(json[0]), Is.EqualTo(new[] { "Identity", "Type", "Status" }));
            Assert.That(
                json.EnumerateArray().Select(e => (e.GetProperty("Identity").GetString(), e.GetProperty("Type").GetString(), e.GetProperty("Status").GetString())),
                Is.EqualTo(new[] { ("sender@example.com", "EmailAddress", "Success"), ("example.com", "Domain", "Pending"), ("noreply@example.org", "EmailAddress", "Failed") }));
        });
    }

    [Test]
    public async Task Identities_JsonWithType_IsFiltered()
    {
        var result = await cli.RunAsync("identities", "--json", "--type", "domain");

        Assert.That(Json.Parse(result.Stdout).EnumerateArray().Select(e => e.GetProperty("Identity").GetString()), Is.EqualTo(new[] { "example.com" }));
    }

    [Test]
    public async Task Identities_None_PrintsNothingOnStdout()
    {
        cli.Ses.Setup(s => s.ListIdentitiesAsync(It.IsAny<CancellationToken>())).ReturnsAsync([]);

        var result = await cli.RunAsync("identities");

        Assert.That((result.ExitCode, result.Stdout, result.Stderr), Is.EqualTo((0, string.Empty, "No identities.\n")));
    }

    [Test]
    public async Task Identities_SesError_ExitsOne()
    {
        cli.Ses.Setup(s => s.ListIdentitiesAsync(It.IsAny<CancellationToken>())).ThrowsAsync(Errors.InvalidToken());

        var result = await cli.RunAsync("identities");

        Assert.That((result.ExitCode, result.Stdout, result.Stderr), Is.EqualTo((1, string.Empty,
            "error: InvalidClientTokenId: The security token included in the request is invalid. (RequestId 01c62c17-b51a-4ce0-bf29-37e13853a6cf)\n")));
    }

    /// <summary>The cells of the table's text rows (border lines dropped).</summary>
    internal static string[][] Rows(string table) =>
        [.. table.Split('\n')
            .Where(l => l.StartsWith('│'))
            .Select(l => l.Split('│', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))];
}
