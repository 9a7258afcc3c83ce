using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Moq;
using Ses.Wrapper.Cli.Hosting;
using Ses.Wrapper.Cli.Tests.TestSupport;

namespace Ses.Wrapper.Cli.Tests.Logging;

/// <summary>-v wires the library's request log (category Ses.Wrapper.SimpleEmail, Debug) to stderr; without -v nothing is logged.</summary>
public class VerboseTests
{
    private Mock<ISesService> ses = null!;

    [SetUp]
    public void SetUp()
    {
        ses = new Mock<ISesService>();
        ses.Setup(s => s.GetSendQuotaAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new SendQuota(1, 0, 1));
    }

    [Test]
    public async Task Verbose_RequestLogAtDebug_IsWrittenToStderr()
    {
        var result = await RunLoggingAsync(SesServices.RequestLogCategory, LogLevel.Debug, "quota", "-v");

        Assert.That(result.Stderr, Is.EqualTo("debug: Ses.Wrapper.SimpleEmail: SES GetSendQuota http://127.0.0.1:1/ -> HTTP 200 in 5 ms\n"));
    }

    [Test]
    public async Task Verbose_LongName_IsAccepted()
    {
        var result = await RunLoggingAsync(SesServices.RequestLogCategory, LogLevel.Debug, "quota", "--verbose");

        Assert.That(result.Stderr, Does.StartWith("debug: Ses.Wrapper.SimpleEmail: "));
    }

    [Test]
    public async Task Verbose_OtherLibraryCategoryAtDebug_IsWritten()
    {
        var result = await RunLoggingAsync("Ses.Wrapper.SesService", LogLevel.Debug, "quota", "-v");

        Assert.That(result.Stderr, Does.StartWith("debug: Ses.Wrapper.SesService: "));
    }

    [Test]
    public async Task Verbose_ForeignCategoryAtDebug_IsNotWritten()
    {
        var result = await RunLoggingAsync("Amazon.Runtime", LogLevel.Debug, "quota", "-v");

        Assert.That(result.Stderr, Is.Empty);
    }

    [Test]
    public async Task Verbose_RequestLogGoesToStderr_StdoutStaysJson()
    {
        var result = await RunLoggingAsync(SesServices.RequestLogCategory, LogLevel.Debug, "quota", "-v", "--json");

        Assert.Multiple(() =>
        {
            Assert.That(Json.Parse(result.Stdout).GetProperty("Max24HourSend").GetDouble(), Is.EqualTo(1));
            Assert.That(result.Stderr, Does.StartWith("debug: "));
        });
    }

    [Test]
    public async Task NotVerbose_RequestLog_IsNotWritten()
    {
        var result = await RunLoggingAsync(SesServices.RequestLogCategory, LogLevel.Debug, "quota");

        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((0, string.Empty)));
    }

    private async Task<CliResult> RunLoggingAsync(string category, LogLevel level, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await SesCli.RunAsync(args, TextReader.Null, stdout, stderr, services => services.AddSingleton(provider =>
        {
            // Stands in for the library: logs one request through whatever logging the CLI registered.
            var logger = provider.GetService<ILoggerFactory>()?.CreateLogger(category);
            logger?.Log(level, "SES {Action} {Endpoint} -> HTTP {Status} in {Ms} ms", "GetSendQuota", "http://127.0.0.1:1/", 200, 5);
            return ses.Object;
        }));
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }
}
