using Ses.Wrapper.Cli;
using Ses.Wrapper.HardeningTests.TestSupport;

namespace Ses.Wrapper.HardeningTests.BadInput;

/// <summary>
/// The <c>ses</c> command line refuses bad arguments, options and credentials files with exit code 2 and a message
/// naming what is wrong, before anything reaches the (recording) SES endpoint; the secret key is never printed.
/// </summary>
[TestFixture]
public sealed class CliBadInputTests
{
    private const string Secret = "hardening/Cli+Secret/Key0123456789abcdefgh";
    private RawHttpServer server = null!;
    private string directory = string.Empty;
    private string credentials = string.Empty;

    [OneTimeSetUp]
    public void Start()
    {
        server = new RawHttpServer(x => x.RespondAsync(200, x.Request.Action == "SendEmail" ? SesXml.SendEmail("msg-1") : SesXml.GetSendQuota));
        directory = Directory.CreateTempSubdirectory("ses-hardening-cli-").FullName;
        credentials = Path.Combine(directory, "ses.credentials");
        File.WriteAllText(credentials, $"AWSAccessKeyId=AKIDHARDENINGCLI\nAWSSecretKey={Secret}\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(credentials, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await server.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }

    [TestCaseSource(typeof(CliCases), nameof(CliCases.BadCommands))]
    public async Task Ses_BadCommandInput_ExitsWithUsageErrorNamingItAndSendsNothing(string[] args, string mustName)
    {
        var before = server.RequestCount;

        var (exitCode, stdout, stderr) = await RunAsync(["-k", credentials, "--region", "us-east-1", "--endpoint-url", server.Url.AbsoluteUri, .. args.Select(Expand)]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exitCode, Is.EqualTo(2), stderr);
            Assert.That(stderr, Does.Contain(mustName));
            Assert.That(stdout + stderr, Does.Not.Contain(Secret));
            Assert.That(server.RequestCount, Is.EqualTo(before));
        }
    }

    [TestCaseSource(typeof(CliCases), nameof(CliCases.BadGlobals))]
    public async Task Ses_BadGlobalOptionOrCredentialsFile_ExitsWithUsageErrorNamingItAndSendsNothing(string[] args, string mustName)
    {
        var before = server.RequestCount;
        var expanded = args.Select(Expand).ToArray();
        var withEndpoint = expanded.Contains("--endpoint-url") ? expanded : ["--endpoint-url", server.Url.AbsoluteUri, .. expanded];

        var (exitCode, stdout, stderr) = await RunAsync(withEndpoint);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exitCode, Is.EqualTo(2), stderr);
            Assert.That(stderr, Does.Contain(mustName));
            Assert.That(stdout + stderr, Does.Not.Contain(Secret));
            Assert.That(server.RequestCount, Is.EqualTo(before));
        }
    }

    [Test]
    public async Task Ses_ValidSend_ReachesTheEndpointOnce()
    {
        var before = server.RequestCount;

        var (exitCode, _, stderr) = await RunAsync(["-k", credentials, "--region", "us-east-1", "--endpoint-url", server.Url.AbsoluteUri, "send", "-f", "from@example.com", "-t", "to@example.com", "-s", "Hi"]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exitCode, Is.Zero, stderr);
            Assert.That(server.RequestCount, Is.EqualTo(before + 1));
        }
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string[] args)
    {
        using var stdin = new StringReader("Body from standard input.");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await SesCli.RunAsync(args, stdin, stdout, stderr).WaitAsync(TimeSpan.FromSeconds(60));
        return (exitCode, stdout.ToString(), stderr.ToString());
    }

    private string Expand(string arg)
    {
        if (arg == "{creds}")
        {
            return credentials;
        }

        if (arg.StartsWith("{file:", StringComparison.Ordinal))
        {
            var path = Path.Combine(directory, Guid.NewGuid().ToString("N") + ".credentials");
            File.WriteAllText(path, arg["{file:".Length..^1]);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            return path;
        }

        return arg.Replace("{dir}", directory, StringComparison.Ordinal);
    }
}
