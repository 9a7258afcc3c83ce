using Moq;
using Ses.Wrapper.Cli.Tests.TestSupport;

namespace Ses.Wrapper.Cli.Tests.Commands;

/// <summary>ses.py's six help examples, typed as its help shows them (with -k after the action).</summary>
public class SesPyCompatibilityTests
{
    private TempDirectory dir = null!;
    private string credentials = null!;
    private CliHarness cli = null!;

    [SetUp]
    public void SetUp()
    {
        dir = new TempDirectory();
        credentials = dir.File("ses.credentials", "AWSAccessKeyId=XXXXXXXXXXXXXXXXXXXX\nAWSSecretKey=YYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYY\n");
        cli = new CliHarness();
    }

    [TearDown]
    public void TearDown() => dir.Dispose();

    [Test]
    public async Task Example1_SendWithBodyOnStdin_SendsTheMail()
    {
        SesMail? sent = null;
        cli.Ses.Setup(s => s.SendAsync(It.IsAny<SesMail>(), It.IsAny<CancellationToken>()))
            .Callback<SesMail, CancellationToken>((mail, _) => sent = mail)
            .ReturnsAsync(new SendResult("mid", "rid"));

        // echo "email text body" | ses.py send -k [credentials file] -f from_addr -t [to_addr1,to_addr2,...] -c [cc_addr1,cc_addr2,...] -b [bcc_addr1,bcc_addr2,...] -s "email subject"
        var result = await cli.RunWithStdinAsync(
            "email text body\n",
            "send", "-k", credentials, "-f", "from@example.com", "-t", "to1@example.com,to2@example.com", "-c", "cc1@example.com,cc2@example.com", "-b", "bcc1@example.com,bcc2@example.com", "-s", "email subject");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
            Assert.That(sent!.Source, Is.EqualTo("from@example.com"));
            Assert.That(sent.To, Is.EqualTo(new[] { "to1@example.com", "to2@example.com" }));
            Assert.That(sent.Cc, Is.EqualTo(new[] { "cc1@example.com", "cc2@example.com" }));
            Assert.That(sent.Bcc, Is.EqualTo(new[] { "bcc1@example.com", "bcc2@example.com" }));
            Assert.That(sent.Subject, Is.EqualTo("email subject"));
            Assert.That(sent.TextBody, Is.EqualTo("email text body\n"));
            AssertCredentialsFromFile();
        });
    }

    [Test]
    public async Task Example2_Quota_PrintsTheQuota()
    {
        cli.Ses.Setup(s => s.GetSendQuotaAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new SendQuota(1000, 0, 1));

        // ses.py quota -k [credentials file]
        var result = await cli.RunAsync("quota", "-k", credentials);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
            Assert.That(result.Stdout, Does.Contain("Max24HourSend    1,000\n"));
            AssertCredentialsFromFile();
        });
    }

    [Test]
    public async Task Example3_Stats_PrintsTheStatistics()
    {
        cli.Ses.Setup(s => s.GetSendStatisticsAsync(It.IsAny<CancellationToken>())).ReturnsAsync(SampleStats.Points);

        // ses.py stats -k [credentials file]
        var result = await cli.RunAsync("stats", "-k", credentials);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
            Assert.That(result.Stdout, Does.Contain("2011-08-13 02:43"));
            AssertCredentialsFromFile();
        });
    }

    [Test]
    public async Task Example4_Verified_PrintsTheAddresses()
    {
        cli.Ses.Setup(s => s.GetVerifiedEmailAddressesAsync(It.IsAny<CancellationToken>())).ReturnsAsync(["steve@example.com", "larry@example.com"]);

        // ses.py verified -k [credentials file]
        var result = await cli.RunAsync("verified", "-k", credentials);

        Assert.Multiple(() =>
        {
            Assert.That((result.ExitCode, result.Stdout), Is.EqualTo((0, "steve@example.com\nlarry@example.com\n")), result.ToString());
            AssertCredentialsFromFile();
        });
    }

    [Test]
    public async Task Example5_VerifyCommaList_VerifiesEachAddress()
    {
        var verified = new List<string>();
        cli.Ses.Setup(s => s.VerifyEmailAddressAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback<string, CancellationToken>((a, _) => verified.Add(a))
            .ReturnsAsync("0f7297f3-c764-11e0-b6d0-273d09173b49");

        // ses.py verify -k [credentials file] [addr1,addr2,...]
        var result = await cli.RunAsync("verify", "-k", credentials, "addr1@example.com,addr2@example.com");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
            Assert.That(verified, Is.EqualTo(new[] { "addr1@example.com", "addr2@example.com" }));
            AssertCredentialsFromFile();
        });
    }

    [Test]
    public async Task Example6_DeleteCommaList_DeletesEachAddress()
    {
        var deleted = new List<string>();
        cli.Ses.Setup(s => s.DeleteIdentityAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback<string, CancellationToken>((a, _) => deleted.Add(a))
            .ReturnsAsync("36b0fb55-c764-11e0-ac10-2114a1a1f8e9");

        // ses.py delete -k [credentials file] [addr1,addr2,...]
        var result = await cli.RunAsync("delete", "-k", credentials, "addr1@example.com,addr2@example.com");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
            Assert.That(deleted, Is.EqualTo(new[] { "addr1@example.com", "addr2@example.com" }));
            AssertCredentialsFromFile();
        });
    }

    private void AssertCredentialsFromFile()
    {
        Assert.That(cli.Options!.AccessKeyId, Is.EqualTo("XXXXXXXXXXXXXXXXXXXX"));
        Assert.That(cli.Options.SecretAccessKey, Is.EqualTo("YYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYY"));
    }
}
