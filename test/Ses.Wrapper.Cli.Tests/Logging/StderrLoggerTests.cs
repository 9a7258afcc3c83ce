using Microsoft.Extensions.Logging;
using Ses.Wrapper.Cli.Logging;

namespace Ses.Wrapper.Cli.Tests.Logging;

public class StderrLoggerTests
{
    [Test]
    public void Log_Debug_WritesLevelCategoryAndMessage()
    {
        using var writer = new StringWriter();
        using var provider = new StderrLoggerProvider(writer);

        provider.CreateLogger("Ses.Wrapper.SimpleEmail").LogDebug("SES {Action} {Endpoint} -> HTTP {Status} in {Ms} ms", "GetSendQuota", "http://127.0.0.1:1/", 200, 12);

        Assert.That(writer.ToString(), Is.EqualTo("debug: Ses.Wrapper.SimpleEmail: SES GetSendQuota http://127.0.0.1:1/ -> HTTP 200 in 12 ms\n"));
    }

    [Test]
    public void Log_WithException_AppendsOnlyItsType()
    {
        using var writer = new StringWriter();
        using var provider = new StderrLoggerProvider(writer);

        provider.CreateLogger("c").LogWarning(new InvalidOperationException("details"), "failed");

        Assert.That(writer.ToString(), Is.EqualTo("warning: c: failed [InvalidOperationException]\n"));
    }

    [TestCase(LogLevel.Trace, "trace")]
    [TestCase(LogLevel.Information, "info")]
    [TestCase(LogLevel.Error, "error")]
    [TestCase(LogLevel.Critical, "critical")]
    public void Level_EachLevel_HasAShortName(LogLevel level, string expected)
    {
        Assert.That(StderrLogger.Level(level), Is.EqualTo(expected));
    }

    [Test]
    public void IsEnabled_None_IsFalse()
    {
        using var provider = new StderrLoggerProvider(TextWriter.Null);

        Assert.That(provider.CreateLogger("c").IsEnabled(LogLevel.None), Is.False);
    }

    [Test]
    public void CreateLogger_SameCategory_ReturnsTheSameLogger()
    {
        using var provider = new StderrLoggerProvider(TextWriter.Null);
        var first = provider.CreateLogger("c");
        var second = provider.CreateLogger("c");

        Assert.That(second, Is.SameAs(first));
    }
}
