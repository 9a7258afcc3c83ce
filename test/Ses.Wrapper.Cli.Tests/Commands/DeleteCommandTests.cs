using Moq;
using Ses.Wrapper.Cli.Tests.TestSupport;

namespace Ses.Wrapper.Cli.Tests.Commands;

public class DeleteCommandTests
{
    private CliHarness cli = null!;
    private List<string> called = null!;

    [SetUp]
    public void SetUp()
    {
        cli = new CliHarness();
        called = [];
        cli.Ses.Setup(s => s.DeleteIdentityAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback<string, CancellationToken>((identity, _) => called.Add(identity))
            .ReturnsAsync((string identity, CancellationToken _) => "rid-" + identity);
    }

    [Test]
    public async Task Delete_CommaList_DeletesEachIdentityInOrder()
    {
        await cli.RunAsync("delete", "old@example.com,example.org");

        Assert.That(called, Is.EqualTo(new[] { "old@example.com", "example.org" }));
    }

    [Test]
    public async Task Delete_CommaList_ReportsEachIdentity()
    {
        var result = await cli.RunAsync("delete", "old@example.com,example.org");

        Assert.That((result.ExitCode, result.Stdout), Is.EqualTo((0,
            "old@example.com: deleted (RequestId rid-old@example.com)\n" +
            "example.org: deleted (RequestId rid-example.org)\n")));
    }

    [Test]
    public async Task Delete_OneFailure_ContinuesAndExitsOne()
    {
        cli.Ses.Setup(s => s.DeleteIdentityAsync("a@example.com", It.IsAny<CancellationToken>()))
            .Callback<string, CancellationToken>((identity, _) => called.Add(identity))
            .ThrowsAsync(Errors.InvalidToken());

        var result = await cli.RunAsync("delete", "a@example.com,b@example.com");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(called, Is.EqualTo(new[] { "a@example.com", "b@example.com" }));
            Assert.That(result.Stderr, Does.StartWith("error: a@example.com: InvalidClientTokenId: "));
            Assert.That(result.Stdout, Is.EqualTo("b@example.com: deleted (RequestId rid-b@example.com)\n"));
        });
    }

    [Test]
    public async Task Delete_InvalidIdentity_ExitsTwoNamingIt()
    {
        cli.Ses.Setup(s => s.DeleteIdentityAsync("not a domain", It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ArgumentException("identity 'not a domain' is neither an email address nor a domain name.", "identity"));

        var result = await cli.RunAsync("delete", "not a domain");

        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((2, "error: not a domain: the identity 'not a domain' is neither an email address nor a domain name.\n")));
    }

    [Test]
    public async Task Delete_Json_ReportsEachIdentity()
    {
        var result = await cli.RunAsync("delete", "a@example.com,example.org", "--json");

        var json = Json.Parse(result.Stdout);
        Assert.Multiple(() =>
        {
            Assert.That(json.EnumerateArray().Select(e => e.GetProperty("Identity").GetString()), Is.EqualTo(new[] { "a@example.com", "example.org" }));
            Assert.That(json.EnumerateArray().Select(e => e.GetProperty("RequestId").GetString()), Is.EqualTo(new[] { "rid-a@example.com", "rid-example.org" }));
        });
    }

    [Test]
    public async Task Delete_NoIdentity_ExitsTwo()
    {
        var result = await cli.RunAsync("delete");

        Assert.That((result.ExitCode, called.Count), Is.EqualTo((2, 0)));
    }
}
