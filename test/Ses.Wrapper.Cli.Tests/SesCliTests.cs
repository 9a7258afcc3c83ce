using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Ses.Wrapper.Cli.Tests.TestSupport;

namespace Ses.Wrapper.Cli.Tests;

public class SesCliTests
{
    private CliHarness cli = null!;

    [SetUp]
    public void SetUp() => cli = new CliHarness();

    [Test]
    public async Task Help_Root_ListsTheCommandsAndExitsZero()
    {
        var result = await cli.RunAsync("--help");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0));
            Assert.That(result.Stdout, Does.Contain("Usage:"));
            foreach (var command in new[] { "send", "quota", "stats", "verified", "verify", "delete" })
            {
                Assert.That(result.Stdout, Does.Match($@"\n  {command}\b"), command);
            }
        });
    }

    [Test]
    public async Task Help_Root_ShowsSesPysSixExamples()
    {
        var result = await cli.RunAsync("--help");

        Assert.Multiple(() =>
        {
            Assert.That(result.Stdout, Does.Contain("echo \"email text body\" | ses send -k [credentials file] -f from_addr -t [to_addr1,to_addr2,...] -c [cc_addr1,cc_addr2,...] -b [bcc_addr1,bcc_addr2,...] -s \"email subject\""));
            Assert.That(result.Stdout, Does.Contain("ses quota -k [credentials file]"));
            Assert.That(result.Stdout, Does.Contain("ses stats -k [credentials file]"));
            Assert.That(result.Stdout, Does.Contain("ses verified -k [credentials file]"));
            Assert.That(result.Stdout, Does.Contain("ses verify -k [credentials file] [addr1,addr2,...]"));
            Assert.That(result.Stdout, Does.Contain("ses delete -k [credentials file] [addr1,addr2,...]"));
            Assert.That(result.Stdout, Does.Contain("AWSAccessKeyId=XXXXXXXXXXXXXXXXXXXX"));
        });
    }

    [TestCase("send", "echo \"email text body\" | ses send -k [credentials file]")]
    [TestCase("quota", "ses quota -k [credentials file]")]
    [TestCase("stats", "ses stats -k [credentials file]")]
    [TestCase("verified", "ses verified -k [credentials file]")]
    [TestCase("verify", "ses verify -k [credentials file] [addr1,addr2,...]")]
    [TestCase("delete", "ses delete -k [credentials file] [addr1,addr2,...]")]
    public async Task Help_EachCommand_ShowsExamplesIncludingSesPys(string command, string example)
    {
        var result = await cli.RunAsync(command, "--help");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0));
            Assert.That(result.Stdout, Does.Contain($"Usage:\n  ses {command}"));
            Assert.That(result.Stdout, Does.Contain("Examples:\n"));
            Assert.That(result.Stdout, Does.Contain(example));
        });
    }

    [TestCase("send")]
    [TestCase("quota")]
    [TestCase("stats")]
    [TestCase("verified")]
    [TestCase("verify")]
    [TestCase("delete")]
    public async Task Help_EachCommand_ListsTheGlobalOptions(string command)
    {
        var result = await cli.RunAsync(command, "-h");

        Assert.That(result.Stdout, Does.Contain("-k, --credentials-file <file>").And.Contain("--profile <name>").And.Contain("--region <region>")
            .And.Contain("--endpoint-url <url>").And.Contain("--json").And.Contain("-v, --verbose"));
    }

    [Test]
    public async Task Help_Send_ListsEverySendOption()
    {
        var result = await cli.RunAsync("send", "--help");

        foreach (var option in new[] { "-f, --from", "-t, --to", "-c, --cc", "-b, --bcc", "-s, --subject", "--html ", "--text-file", "--html-file", "--reply-to", "--return-path", "--configuration-set", "--tag <name=value>" })
        {
            Assert.That(result.Stdout, Does.Contain(option), option);
        }
    }

    [Test]
    public async Task Version_PrintsTheToolsVersionAndExitsZero()
    {
        var result = await cli.RunAsync("--version");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0));
            Assert.That(result.Stdout, Does.Match(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\n$"));
            Assert.That(result.Stdout.TrimEnd(), Is.EqualTo(global::Ses.Wrapper.Cli.Commands.VersionAction.Version));
        });
    }

    [Test]
    public async Task NoCommand_ExitsTwoPointingToHelp()
    {
        var result = await cli.RunAsync();

        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((2, "error: Required command was not provided.\nRun 'ses --help' for usage and examples.\n")));
    }

    [Test]
    public async Task UnknownCommand_ExitsTwo()
    {
        var result = await cli.RunAsync("frobnicate");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Stderr, Does.Contain("error: Unrecognized command or argument 'frobnicate'."));
            Assert.That(result.Stdout, Is.Empty);
        });
    }

    [Test]
    public async Task UnknownOption_ExitsTwoPointingToTheCommandsHelp()
    {
        var result = await cli.RunAsync("stats", "--since", "yesterday");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Stderr, Does.EndWith("Run 'ses stats --help' for usage and examples.\n"));
        });
    }

    [Test]
    public async Task OptionWithoutValue_ExitsTwo()
    {
        var result = await cli.RunAsync("quota", "-k");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Stderr, Does.StartWith("error: "));
        });
    }

    [Test]
    public async Task UnexpectedException_ExitsOneWithOneLine()
    {
        cli.Ses.Setup(s => s.GetSendQuotaAsync(It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("boom"));

        var result = await cli.RunAsync("quota");

        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((1, "error: unexpected InvalidOperationException: boom\n")));
    }

    [Test]
    public async Task Cancelled_ExitsOneHundredThirty()
    {
        using var interrupt = new CancellationTokenSource();
        var ses = new Mock<ISesService>();
        ses.Setup(s => s.GetSendQuotaAsync(It.IsAny<CancellationToken>()))
            .Returns((CancellationToken ct) =>
            {
                interrupt.Cancel();
                return Task.FromCanceled<SendQuota>(ct);
            });
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exitCode = await SesCli.RunAsync(["quota"], TextReader.Null, stdout, stderr, s => s.AddSingleton(ses.Object), interrupt.Token);

        Assert.That((exitCode, stderr.ToString()), Is.EqualTo((130, "error: interrupted.\n")));
    }

    [Test]
    public void RunAsync_NullArgs_ThrowsNamingArgs()
    {
        var ex = Assert.ThrowsAsync<ArgumentNullException>(() => SesCli.RunAsync(null!, TextReader.Null, TextWriter.Null, TextWriter.Null));

        Assert.That(ex!.ParamName, Is.EqualTo("args"));
    }

    [Test]
    public void RunAsync_NullStdin_ThrowsNamingStdin()
    {
        var ex = Assert.ThrowsAsync<ArgumentNullException>(() => SesCli.RunAsync([], null!, TextWriter.Null, TextWriter.Null));

        Assert.That(ex!.ParamName, Is.EqualTo("stdin"));
    }

    [Test]
    public void RunAsync_NullStdout_ThrowsNamingStdout()
    {
        var ex = Assert.ThrowsAsync<ArgumentNullException>(() => SesCli.RunAsync([], TextReader.Null, null!, TextWriter.Null));

        Assert.That(ex!.ParamName, Is.EqualTo("stdout"));
    }

    [Test]
    public void RunAsync_NullStderr_ThrowsNamingStderr()
    {
        var ex = Assert.ThrowsAsync<ArgumentNullException>(() => SesCli.RunAsync([], TextReader.Null, TextWriter.Null, null!));

        Assert.That(ex!.ParamName, Is.EqualTo("stderr"));
    }

    [Test]
    public async Task Help_IsWrappedAtTheGivenWidth()
    {
        var result = await cli.RunAsync("quota", "--help");

        var longest = result.Stdout.Split('\n').TakeWhile(l => !l.StartsWith("Examples:", StringComparison.Ordinal)).Max(l => l.Length);
        Assert.That(longest, Is.LessThanOrEqualTo(100));
    }

    [Test]
    public async Task Output_ContainsNoAnsiEscapes_WhenNotATerminal()
    {
        cli.Ses.Setup(s => s.GetSendStatisticsAsync(It.IsAny<CancellationToken>())).ReturnsAsync(SampleStats.Points);

        var result = await cli.RunAsync("stats");

        Assert.That(Regex.IsMatch(result.Stdout, "\u001b\\["), Is.False);
    }
}
