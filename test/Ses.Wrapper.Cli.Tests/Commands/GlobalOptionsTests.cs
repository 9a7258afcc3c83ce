using Moq;
using Ses.Wrapper.Cli.Tests.TestSupport;

namespace Ses.Wrapper.Cli.Tests.Commands;

/// <summary>-k, --profile, --region and --endpoint-url reach SesOptions; bad ones exit 2 before SES is called.</summary>
public class GlobalOptionsTests
{
    private TempDirectory dir = null!;
    private CliHarness cli = null!;

    [SetUp]
    public void SetUp()
    {
        dir = new TempDirectory();
        cli = new CliHarness();
        cli.Ses.Setup(s => s.GetSendQuotaAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new SendQuota(200, 0, 1));
    }

    [TearDown]
    public void TearDown() => dir.Dispose();

    [Test]
    public async Task CredentialsFile_WithTokenAndRegion_SetsEveryOption()
    {
        var path = dir.File("creds", TestCredentials.FileWithToken + "Region=eu-west-1\n");

        await cli.RunAsync("quota", "-k", path);

        Assert.Multiple(() =>
        {
            Assert.That(cli.Options!.AccessKeyId, Is.EqualTo(TestCredentials.AccessKeyId));
            Assert.That(cli.Options.SecretAccessKey, Is.EqualTo(TestCredentials.SecretKey));
            Assert.That(cli.Options.SessionToken, Is.EqualTo(TestCredentials.SessionToken));
            Assert.That(cli.Options.Region, Is.EqualTo("eu-west-1"));
            Assert.That(cli.Options.Profile, Is.Null);
        });
    }

    [Test]
    public async Task CredentialsFile_LongNameBeforeTheCommand_IsAccepted()
    {
        var path = dir.File("creds", TestCredentials.File);

        var result = await cli.RunAsync("--credentials-file", path, "quota");

        Assert.That((result.ExitCode, cli.Options!.AccessKeyId), Is.EqualTo((0, TestCredentials.AccessKeyId)));
    }

    [Test]
    public async Task NoCredentialsFile_LeavesCredentialsToTheDefaultChain()
    {
        await cli.RunAsync("quota");

        Assert.Multiple(() =>
        {
            Assert.That(cli.Options!.AccessKeyId, Is.Null);
            Assert.That(cli.Options.SecretAccessKey, Is.Null);
            Assert.That(cli.Options.Profile, Is.Null);
            Assert.That(cli.Options.Region, Is.Null);
            Assert.That(cli.Options.ServiceUrl, Is.Null);
        });
    }

    [Test]
    public async Task Region_OverridesTheFilesRegion()
    {
        var path = dir.File("creds", TestCredentials.File + "Region=eu-west-1\n");

        await cli.RunAsync("quota", "-k", path, "--region", "us-west-2");

        Assert.That(cli.Options!.Region, Is.EqualTo("us-west-2"));
    }

    [Test]
    public async Task EndpointUrl_SetsServiceUrl()
    {
        await cli.RunAsync("quota", "--endpoint-url", "http://127.0.0.1:8005");

        Assert.That(cli.Options!.ServiceUrl, Is.EqualTo("http://127.0.0.1:8005"));
    }

    [Test]
    public async Task Profile_SetsProfile()
    {
        await cli.RunAsync("quota", "--profile", "prod");

        Assert.That(cli.Options!.Profile, Is.EqualTo("prod"));
    }

    [Test]
    public async Task ProfileAndCredentialsFile_ExitsTwo()
    {
        var path = dir.File("creds", TestCredentials.File);

        var result = await cli.RunAsync("quota", "-k", path, "--profile", "prod");

        Assert.Multiple(() =>
        {
            Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((2, "error: -k/--credentials-file and --profile both give credentials; use one of them.\n")));
            cli.Ses.Verify(s => s.GetSendQuotaAsync(It.IsAny<CancellationToken>()), Times.Never);
        });
    }

    [Test]
    public async Task BadRegion_ExitsTwoWithoutCallingSes()
    {
        var result = await cli.RunAsync("quota", "--region", "Mars");

        Assert.Multiple(() =>
        {
            Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((2, "error: the region 'Mars' is not an AWS region name such as us-east-1.\n")));
            cli.Ses.Verify(s => s.GetSendQuotaAsync(It.IsAny<CancellationToken>()), Times.Never);
        });
    }

    [Test]
    public async Task BadEndpointUrl_ExitsTwoNamingTheOption()
    {
        var result = await cli.RunAsync("quota", "--endpoint-url", "ftp://example.com");

        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((2, "error: --endpoint-url 'ftp://example.com' is not an absolute http or https URL (for example http://127.0.0.1:8005).\n")));
    }

    [Test]
    public async Task MissingCredentialsFile_ExitsTwoNamingTheFile()
    {
        var path = Path.Combine(dir.Path, "missing.credentials");

        var result = await cli.RunAsync("quota", "-k", path);

        Assert.Multiple(() =>
        {
            Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((2, $"error: {path}: the credentials file was not found.\n")));
            cli.Ses.Verify(s => s.GetSendQuotaAsync(It.IsAny<CancellationToken>()), Times.Never);
        });
    }

    [Test]
    public async Task MalformedCredentialsFile_ExitsTwoNamingFileAndLine()
    {
        var path = dir.File("creds", "# keys\nAWSAccessKeyId=AKID\n" + TestCredentials.SecretKey + "\n");

        var result = await cli.RunAsync("quota", "-k", path);

        Assert.Multiple(() =>
        {
            Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((2, $"error: {path}:3: expected KEY=VALUE, but the line has no '='.\n")));
            Assert.That(result.AllOutput, Does.Not.Contain(TestCredentials.SecretKey));
        });
    }

    [Test]
    public async Task MalformedCredentialsFile_SendDoesNotReadStdinOrSend()
    {
        var path = dir.File("creds", "AWSAccessKeyId=AKID\n");

        var result = await cli.RunWithStdinAsync("body", "send", "-k", path, "-f", "a@example.com", "-t", "b@example.com", "-s", "s");

        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((2, $"error: {path}: no AWSSecretKey line; a credentials file needs AWSAccessKeyId=... and AWSSecretKey=... lines.\n")));
    }

    [Test]
    [Platform(Exclude = "Win")]
    public async Task GroupReadableCredentialsFile_WarnsOnStderrAndStillRuns()
    {
        var path = dir.File("creds", TestCredentials.File, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);

        var result = await cli.RunAsync("quota", "-k", path);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0));
            Assert.That(result.Stderr, Is.EqualTo($"warning: credentials file '{path}' has mode 0640: it can be read by its group; restrict it with: chmod 600 '{path}'\n"));
            Assert.That(result.Stdout, Does.Contain("Max24HourSend"));
        });
    }

    [Test]
    [Platform(Exclude = "Win")]
    public async Task GroupReadableCredentialsFile_WithJson_KeepsStdoutJson()
    {
        var path = dir.File("creds", TestCredentials.File, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);

        var result = await cli.RunAsync("quota", "--json", "-k", path);

        Assert.Multiple(() =>
        {
            Assert.That(Json.Parse(result.Stdout).GetProperty("Max24HourSend").GetDouble(), Is.EqualTo(200));
            Assert.That(result.Stderr, Does.StartWith("warning: "));
        });
    }

    [Test]
    public async Task UnknownProfile_WithTheRealClient_ExitsTwoNamingTheOption()
    {
        var real = new RealCli();

        var result = await real.RunAsync("quota", "--profile", "ses-cli-tests-no-such-profile-7f3a");

        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((2, "error: --profile 'ses-cli-tests-no-such-profile-7f3a' was not found in the shared AWS credentials or config files.\n")));
    }
}
