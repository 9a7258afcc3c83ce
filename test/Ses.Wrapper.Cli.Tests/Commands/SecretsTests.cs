using Moq;
using Ses.Wrapper.Cli.Tests.TestSupport;

namespace Ses.Wrapper.Cli.Tests.Commands;

/// <summary>The secret key and session token of a credentials file never appear on stdout or stderr, whatever happens.</summary>
public class SecretsTests
{
    private TempDirectory dir = null!;
    private string credentials = null!;
    private CliHarness cli = null!;

    [SetUp]
    public void SetUp()
    {
        dir = new TempDirectory();
        credentials = dir.File("creds", TestCredentials.FileWithToken + "Region=us-east-1\n");
        cli = new CliHarness();
        cli.Ses.Setup(s => s.GetSendQuotaAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new SendQuota(200, 1, 1));
        cli.Ses.Setup(s => s.GetSendStatisticsAsync(It.IsAny<CancellationToken>())).ReturnsAsync(SampleStats.Points);
        cli.Ses.Setup(s => s.GetVerifiedEmailAddressesAsync(It.IsAny<CancellationToken>())).ReturnsAsync(["a@example.com"]);
        cli.Ses.Setup(s => s.VerifyEmailAddressAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ThrowsAsync(Errors.InvalidToken());
        cli.Ses.Setup(s => s.DeleteIdentityAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync("rid");
        cli.Ses.Setup(s => s.SendAsync(It.IsAny<SesMail>(), It.IsAny<CancellationToken>())).ThrowsAsync(Errors.Rejected());
    }

    [TearDown]
    public void TearDown() => dir.Dispose();

    [TestCase("quota")]
    [TestCase("stats")]
    [TestCase("verified")]
    [TestCase("verify", "a@example.com,b@example.com")]
    [TestCase("delete", "a@example.com")]
    [TestCase("send", "-f", "a@example.com", "-t", "b@example.com", "-s", "s")]
    public async Task Command_VerboseAndJson_NeverPrintsTheSecretOrToken(params string[] command)
    {
        var human = await cli.RunWithStdinAsync("body", [.. command, "-k", credentials, "-v"]);
        var json = await cli.RunWithStdinAsync("body", [.. command, "-k", credentials, "-v", "--json"]);

        Assert.Multiple(() =>
        {
            foreach (var output in new[] { human.AllOutput, json.AllOutput })
            {
                Assert.That(output, Does.Not.Contain(TestCredentials.SecretKey));
                Assert.That(output, Does.Not.Contain(TestCredentials.SessionToken));
            }
        });
    }

    [Test]
    public async Task BadRegionInFile_ErrorDoesNotPrintTheSecret()
    {
        var path = dir.File("bad-region", TestCredentials.FileWithToken + "Region=Mars\n");

        var result = await cli.RunAsync("quota", "-k", path);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.AllOutput, Does.Not.Contain(TestCredentials.SecretKey));
            Assert.That(result.AllOutput, Does.Not.Contain(TestCredentials.SessionToken));
        });
    }

    [Test]
    public async Task DuplicateSecretLine_ErrorDoesNotPrintEitherSecret()
    {
        var path = dir.File("dup", TestCredentials.File + "AWSSecretKey=second" + TestCredentials.SecretKey + "\n");

        var result = await cli.RunAsync("quota", "-k", path);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.AllOutput, Does.Not.Contain(TestCredentials.SecretKey));
        });
    }
}
