using Moq;
using Ses.Wrapper.Cli.Tests.TestSupport;

namespace Ses.Wrapper.Cli.Tests.Commands;

public class QuotaCommandTests
{
    private CliHarness cli = null!;

    [SetUp]
    public void SetUp()
    {
        cli = new CliHarness();
        cli.Ses.Setup(s => s.GetSendQuotaAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new SendQuota(50000, 127, 14));
    }

    [Test]
    public async Task Quota_Human_PrintsAlignedKeysAndValues()
    {
        var result = await cli.RunAsync("quota");

        Assert.That(result.Stdout, Is.EqualTo(
            "Max24HourSend    50,000\n" +
            "SentLast24Hours  127\n" +
            "Remaining        49,873\n" +
            "MaxSendRate      14 per second\n" +
            "Used             0.25% of the 24-hour quota\n"));
    }

    [Test]
    public async Task Quota_Success_ExitsZeroWithNothingOnStderr()
    {
        var result = await cli.RunAsync("quota");

        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((0, string.Empty)));
    }

    [Test]
    public async Task Quota_UnlimitedQuota_SaysUnlimited()
    {
        cli.Ses.Setup(s => s.GetSendQuotaAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new SendQuota(-1, 12, 0.5));

        var result = await cli.RunAsync("quota");

        Assert.Multiple(() =>
        {
            Assert.That(result.Stdout, Does.Contain("Max24HourSend    unlimited\n"));
            Assert.That(result.Stdout, Does.Contain("MaxSendRate      0.5 per second\n"));
            Assert.That(result.Stdout, Does.Contain("Used             no limit (unlimited quota)\n"));
        });
    }

    [Test]
    public async Task Quota_Json_PrintsTheLibraryFieldsOnly()
    {
        var result = await cli.RunAsync("quota", "--json");

        var json = Json.Parse(result.Stdout);
        Assert.Multiple(() =>
        {
            Assert.That(Json.PropertyNames(json), Is.EqualTo(new[] { "Max24HourSend", "SentLast24Hours", "MaxSendRate", "UsedShare", "Remaining" }));
            Assert.That(json.GetProperty("Max24HourSend").GetDouble(), Is.EqualTo(50000));
            Assert.That(json.GetProperty("SentLast24Hours").GetDouble(), Is.EqualTo(127));
            Assert.That(json.GetProperty("MaxSendRate").GetDouble(), Is.EqualTo(14));
            Assert.That(json.GetProperty("UsedShare").GetDouble(), Is.EqualTo(0.00254).Within(1e-12));
            Assert.That(json.GetProperty("Remaining").GetDouble(), Is.EqualTo(49873));
        });
    }

    [Test]
    public async Task Quota_JsonBeforeTheCommand_IsAccepted()
    {
        var result = await cli.RunAsync("--json", "quota");

        Assert.That(Json.Parse(result.Stdout).GetProperty("Max24HourSend").GetDouble(), Is.EqualTo(50000));
    }

    [Test]
    public async Task Quota_SesError_PrintsCodeMessageAndRequestIdAndExitsOne()
    {
        cli.Ses.Setup(s => s.GetSendQuotaAsync(It.IsAny<CancellationToken>())).ThrowsAsync(Errors.InvalidToken());

        var result = await cli.RunAsync("quota");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(result.Stderr, Is.EqualTo("error: InvalidClientTokenId: The security token included in the request is invalid. (RequestId 01c62c17-b51a-4ce0-bf29-37e13853a6cf)\n"));
            Assert.That(result.Stdout, Is.Empty);
        });
    }

    [Test]
    public async Task Quota_NetworkError_PrintsKindAndExitsOne()
    {
        cli.Ses.Setup(s => s.GetSendQuotaAsync(It.IsAny<CancellationToken>())).ThrowsAsync(Errors.Network());

        var result = await cli.RunAsync("quota");

        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((1, "error: Network: The connection to SES failed: Connection refused (127.0.0.1:1)\n")));
    }

    [Test]
    public async Task Quota_ConfigurationError_ExitsTwo()
    {
        cli.Ses.Setup(s => s.GetSendQuotaAsync(It.IsAny<CancellationToken>())).ThrowsAsync(Errors.Configuration());

        var result = await cli.RunAsync("quota");

        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((2, "error: Configuration: No RegionEndpoint or ServiceURL configured\n")));
    }

    [Test]
    public async Task Quota_JsonWithSesError_PrintsNothingOnStdout()
    {
        cli.Ses.Setup(s => s.GetSendQuotaAsync(It.IsAny<CancellationToken>())).ThrowsAsync(Errors.InvalidToken());

        var result = await cli.RunAsync("quota", "--json");

        Assert.That((result.ExitCode, result.Stdout), Is.EqualTo((1, string.Empty)));
    }

    [Test]
    public async Task Quota_ExtraArgument_ExitsTwoWithoutCallingSes()
    {
        var result = await cli.RunAsync("quota", "extra");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Stderr, Does.StartWith("error: Unrecognized command or argument 'extra'."));
            cli.Ses.Verify(s => s.GetSendQuotaAsync(It.IsAny<CancellationToken>()), Times.Never);
        });
    }
}
