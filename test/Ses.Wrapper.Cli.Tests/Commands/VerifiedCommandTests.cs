using System.Text.Json;
using Moq;
using Ses.Wrapper.Cli.Tests.TestSupport;

namespace Ses.Wrapper.Cli.Tests.Commands;

public class VerifiedCommandTests
{
    private CliHarness cli = null!;

    [SetUp]
    public void SetUp()
    {
        cli = new CliHarness();
        cli.Ses.Setup(s => s.GetVerifiedEmailAddressesAsync(It.IsAny<CancellationToken>())).ReturnsAsync(["steve@example.com", "larry@example.com"]);
    }

    [Test]
    public async Task Verified_Human_PrintsOneAddressALine()
    {
        var result = await cli.RunAsync("verified");

        Assert.That((result.ExitCode, result.Stdout), Is.EqualTo((0, "steve@example.com\nlarry@example.com\n")));
    }

    [Test]
    public async Task Verified_None_PrintsNothing()
    {
        cli.Ses.Setup(s => s.GetVerifiedEmailAddressesAsync(It.IsAny<CancellationToken>())).ReturnsAsync([]);

        var result = await cli.RunAsync("verified");

        Assert.That((result.ExitCode, result.Stdout, result.Stderr), Is.EqualTo((0, string.Empty, string.Empty)));
    }

    [Test]
    public async Task Verified_Json_IsAnArrayOfStrings()
    {
        var result = await cli.RunAsync("verified", "--json");

        var json = Json.Parse(result.Stdout);
        Assert.Multiple(() =>
        {
            Assert.That(json.ValueKind, Is.EqualTo(JsonValueKind.Array));
            Assert.That(json.EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "steve@example.com", "larry@example.com" }));
        });
    }

    [Test]
    public async Task Verified_JsonNonAsciiAddress_IsWrittenReadably()
    {
        cli.Ses.Setup(s => s.GetVerifiedEmailAddressesAsync(It.IsAny<CancellationToken>())).ReturnsAsync(["jürgen+ses@example.com"]);

        var result = await cli.RunAsync("verified", "--json");

        Assert.Multiple(() =>
        {
            Assert.That(result.Stdout, Does.Contain("\"jürgen+ses@example.com\""));
            Assert.That(Json.Parse(result.Stdout)[0].GetString(), Is.EqualTo("jürgen+ses@example.com"));
        });
    }

    [Test]
    public async Task Verified_SesError_ExitsOne()
    {
        cli.Ses.Setup(s => s.GetVerifiedEmailAddressesAsync(It.IsAny<CancellationToken>())).ThrowsAsync(Errors.Network());

        var result = await cli.RunAsync("verified");

        Assert.That((result.ExitCode, result.Stdout), Is.EqualTo((1, string.Empty)));
    }
}
