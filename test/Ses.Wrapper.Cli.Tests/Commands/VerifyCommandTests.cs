using System.Text.Json;
using Moq;
using Ses.Wrapper.Cli.Tests.TestSupport;

namespace Ses.Wrapper.Cli.Tests.Commands;

public class VerifyCommandTests
{
    private CliHarness cli = null!;
    private List<string> called = null!;

    [SetUp]
    public void SetUp()
    {
        cli = new CliHarness();
        called = [];
        cli.Ses.Setup(s => s.VerifyEmailAddressAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback<string, CancellationToken>((address, _) => called.Add(address))
            .ReturnsAsync((string address, CancellationToken _) => "rid-" + address);
    }

    [Test]
    public async Task Verify_CommaList_VerifiesEachAddressInOrder()
    {
        await cli.RunAsync("verify", "a@example.com,b@example.com,c@example.com");

        Assert.That(called, Is.EqualTo(new[] { "a@example.com", "b@example.com", "c@example.com" }));
    }

    [Test]
    public async Task Verify_CommaList_ReportsEachAddress()
    {
        var result = await cli.RunAsync("verify", "a@example.com,b@example.com");

        Assert.That((result.ExitCode, result.Stdout), Is.EqualTo((0,
            "a@example.com: verification mail sent (RequestId rid-a@example.com)\n" +
            "b@example.com: verification mail sent (RequestId rid-b@example.com)\n")));
    }

    [Test]
    public async Task Verify_SpaceSeparatedAndCommaLists_AreCombined()
    {
        await cli.RunAsync("verify", "a@example.com,", " b@example.com ,c@example.com", "d@example.com");

        Assert.That(called, Is.EqualTo(new[] { "a@example.com", "b@example.com", "c@example.com", "d@example.com" }));
    }

    [Test]
    public async Task Verify_NoAddress_ExitsTwo()
    {
        var result = await cli.RunAsync("verify");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Stderr, Does.Contain("Run 'ses verify --help' for usage and examples."));
            Assert.That(called, Is.Empty);
        });
    }

    [Test]
    public async Task Verify_OnlyCommas_ExitsTwo()
    {
        var result = await cli.RunAsync("verify", ",,");

        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((2, "error: no address given: pass addr1,addr2,...\n")));
    }

    [Test]
    public async Task Verify_OneSesFailure_ContinuesWithTheOthersAndExitsOne()
    {
        cli.Ses.Setup(s => s.VerifyEmailAddressAsync("b@example.com", It.IsAny<CancellationToken>()))
            .Callback<string, CancellationToken>((address, _) => called.Add(address))
            .ThrowsAsync(Errors.Rejected());

        var result = await cli.RunAsync("verify", "a@example.com,b@example.com,c@example.com");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(called, Is.EqualTo(new[] { "a@example.com", "b@example.com", "c@example.com" }));
            Assert.That(result.Stdout, Does.Contain("a@example.com: verification mail sent").And.Contain("c@example.com: verification mail sent"));
            Assert.That(result.Stderr, Is.EqualTo("error: b@example.com: MessageRejected: Email address is not verified. The following identities failed the check in region US-EAST-1: sender@example.com (RequestId 8addd562-1ad8-42cc-b23a-9715e713ebb2)\n"));
        });
    }

    [Test]
    public async Task Verify_InvalidAddress_ReportsItContinuesAndExitsTwo()
    {
        cli.Ses.Setup(s => s.VerifyEmailAddressAsync("bad", It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ArgumentException("emailAddress 'bad' is not a valid email address.", "emailAddress"));

        var result = await cli.RunAsync("verify", "bad,a@example.com");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Stderr, Is.EqualTo("error: bad: the address 'bad' is not a valid email address.\n"));
            Assert.That(called, Is.EqualTo(new[] { "a@example.com" }));
        });
    }

    [Test]
    public async Task Verify_InvalidAndSesFailures_ExitsOne()
    {
        cli.Ses.Setup(s => s.VerifyEmailAddressAsync("bad", It.IsAny<CancellationToken>())).ThrowsAsync(new ArgumentException("invalid", "emailAddress"));
        cli.Ses.Setup(s => s.VerifyEmailAddressAsync("b@example.com", It.IsAny<CancellationToken>())).ThrowsAsync(Errors.Network());

        var result = await cli.RunAsync("verify", "bad,b@example.com");

        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public async Task Verify_Json_ReportsEachAddressWithRequestIdOrError()
    {
        cli.Ses.Setup(s => s.VerifyEmailAddressAsync("b@example.com", It.IsAny<CancellationToken>())).ThrowsAsync(Errors.Rejected());

        var result = await cli.RunAsync("verify", "--json", "a@example.com,b@example.com");

        var json = Json.Parse(result.Stdout);
        var ok = json[0];
        var failed = json[1];
        Assert.Multiple(() =>
        {
            Assert.That(json.GetArrayLength(), Is.EqualTo(2));
            Assert.That(Json.PropertyNames(ok), Is.EqualTo(new[] { "Identity", "RequestId", "Succeeded" }));
            Assert.That(ok.GetProperty("Identity").GetString(), Is.EqualTo("a@example.com"));
            Assert.That(ok.GetProperty("RequestId").GetString(), Is.EqualTo("rid-a@example.com"));
            Assert.That(ok.GetProperty("Succeeded").GetBoolean(), Is.True);
            Assert.That(Json.PropertyNames(failed), Is.EqualTo(new[] { "Identity", "Error", "Succeeded" }));
            Assert.That(failed.GetProperty("Succeeded").GetBoolean(), Is.False);
            Assert.That(failed.GetProperty("Error").GetProperty("Kind").GetString(), Is.EqualTo("Rejected"));
            Assert.That(failed.GetProperty("Error").GetProperty("Code").GetString(), Is.EqualTo("MessageRejected"));
            Assert.That(failed.GetProperty("Error").GetProperty("RequestId").GetString(), Is.EqualTo("8addd562-1ad8-42cc-b23a-9715e713ebb2"));
            Assert.That(result.ExitCode, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Verify_JsonInvalidAddress_ReportsInvalidInputKind()
    {
        cli.Ses.Setup(s => s.VerifyEmailAddressAsync("bad", It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ArgumentException("emailAddress 'bad' is not a valid email address.", "emailAddress"));

        var result = await cli.RunAsync("verify", "--json", "bad");

        var error = Json.Parse(result.Stdout)[0].GetProperty("Error");
        Assert.Multiple(() =>
        {
            Assert.That(error.GetProperty("Kind").GetString(), Is.EqualTo("InvalidInput"));
            Assert.That(error.GetProperty("Message").GetString(), Is.EqualTo("the address 'bad' is not a valid email address."));
            Assert.That(error.TryGetProperty("Code", out _), Is.False);
        });
    }

    [Test]
    public async Task Verify_JsonAllSucceeded_HasNoErrorProperty()
    {
        var result = await cli.RunAsync("verify", "--json", "a@example.com");

        Assert.That(Json.Parse(result.Stdout)[0].TryGetProperty("Error", out _), Is.False);
    }

    [Test]
    public async Task Verify_Json_PrintsOnlyJsonOnStdout()
    {
        var result = await cli.RunAsync("verify", "--json", "a@example.com,b@example.com");

        Assert.That(Json.Parse(result.Stdout).ValueKind, Is.EqualTo(JsonValueKind.Array));
    }
}
