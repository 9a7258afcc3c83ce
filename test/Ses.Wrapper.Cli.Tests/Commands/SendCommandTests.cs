using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Ses.Wrapper.Cli.Hosting;
using Ses.Wrapper.Cli.Tests.TestSupport;

namespace Ses.Wrapper.Cli.Tests.Commands;

public class SendCommandTests
{
    private const string MessageId = "0100018f0f3a5c21-5aae6c66-7018-4d9f-8d69-41cfa9c70d86-000000";
    private const string RequestId = "64e5b339-3d95-4b5a-b088-8f4ba29c1a93";

    private CliHarness cli = null!;
    private SesMail? sent;

    [SetUp]
    public void SetUp()
    {
        cli = new CliHarness();
        sent = null;
        cli.Ses.Setup(s => s.SendAsync(It.IsAny<SesMail>(), It.IsAny<CancellationToken>()))
            .Callback<SesMail, CancellationToken>((mail, _) => sent = mail)
            .ReturnsAsync(new SendResult(MessageId, RequestId));
    }

    [Test]
    public async Task Send_StdinBody_IsTheTextBody()
    {
        await cli.RunWithStdinAsync("email text body\n", "send", "-f", "from@example.com", "-t", "to@example.com", "-s", "subject");

        Assert.Multiple(() =>
        {
            Assert.That(sent!.TextBody, Is.EqualTo("email text body\n"));
            Assert.That(sent.HtmlBody, Is.Null);
        });
    }

    [Test]
    public async Task Send_ShortOptions_FillTheMail()
    {
        await cli.RunWithStdinAsync("body", "send", "-f", "from@example.com", "-t", "a@example.com,b@example.com", "-c", "c@example.com", "-b", "d@example.com,e@example.com", "-s", "email subject");

        Assert.Multiple(() =>
        {
            Assert.That(sent!.Source, Is.EqualTo("from@example.com"));
            Assert.That(sent.To, Is.EqualTo(new[] { "a@example.com", "b@example.com" }));
            Assert.That(sent.Cc, Is.EqualTo(new[] { "c@example.com" }));
            Assert.That(sent.Bcc, Is.EqualTo(new[] { "d@example.com", "e@example.com" }));
            Assert.That(sent.Subject, Is.EqualTo("email subject"));
        });
    }

    [Test]
    public async Task Send_LongOptions_FillTheMail()
    {
        await cli.RunWithStdinAsync("body", "send", "--from", "from@example.com", "--to", "a@example.com", "--cc", "c@example.com", "--bcc", "d@example.com", "--subject", "s");

        Assert.That((sent!.Source, sent.To.Single(), sent.Cc.Single(), sent.Bcc.Single(), sent.Subject), Is.EqualTo(("from@example.com", "a@example.com", "c@example.com", "d@example.com", "s")));
    }

    [Test]
    public async Task Send_CcAndBccOmitted_AreEmpty()
    {
        await cli.RunWithStdinAsync("body", "send", "-f", "from@example.com", "-t", "a@example.com", "-s", "s");

        Assert.That((sent!.Cc.Count, sent.Bcc.Count, sent.ReplyTo.Count), Is.EqualTo((0, 0, 0)));
    }

    [Test]
    public async Task Send_RepeatedToOption_AddsAllAddresses()
    {
        await cli.RunWithStdinAsync("body", "send", "-f", "from@example.com", "-t", "a@example.com,b@example.com", "-t", "c@example.com", "-s", "s");

        Assert.That(sent!.To, Is.EqualTo(new[] { "a@example.com", "b@example.com", "c@example.com" }));
    }

    [Test]
    public async Task Send_DisplayNameWithComma_StaysOneAddress()
    {
        await cli.RunWithStdinAsync("body", "send", "-f", "\"Example, Inc.\" <noreply@example.com>", "-t", "\"Doe, Jane\" <jane@example.com>,john@example.com", "-s", "s");

        Assert.That(sent!.To, Is.EqualTo(new[] { "\"Doe, Jane\" <jane@example.com>", "john@example.com" }));
    }

    [Test]
    public async Task Send_Success_PrintsMessageIdAndRequestId()
    {
        var result = await cli.RunWithStdinAsync("body", "send", "-f", "from@example.com", "-t", "a@example.com", "-s", "s");

        Assert.That((result.ExitCode, result.Stdout, result.Stderr), Is.EqualTo((0, $"MessageId: {MessageId}\nRequestId: {RequestId}\n", string.Empty)));
    }

    [Test]
    public async Task Send_Json_PrintsMessageIdAndRequestId()
    {
        var result = await cli.RunWithStdinAsync("body", "send", "--json", "-f", "from@example.com", "-t", "a@example.com", "-s", "s");

        var json = Json.Parse(result.Stdout);
        Assert.Multiple(() =>
        {
            Assert.That(Json.PropertyNames(json), Is.EqualTo(new[] { "MessageId", "RequestId" }));
            Assert.That(json.GetProperty("MessageId").GetString(), Is.EqualTo(MessageId));
            Assert.That(json.GetProperty("RequestId").GetString(), Is.EqualTo(RequestId));
        });
    }

    [Test]
    public async Task Send_Utf8Body_IsPassedUnchanged()
    {
        const string body = "Grüße aus Köln — 日本語のテキスト 🚀\r\nzweite Zeile\n";

        await cli.RunWithStdinAsync(body, "send", "-f", "from@example.com", "-t", "a@example.com", "-s", "Grüße 🚀");

        Assert.Multiple(() =>
        {
            Assert.That(sent!.TextBody, Is.EqualTo(body));
            Assert.That(sent.Subject, Is.EqualTo("Grüße 🚀"));
        });
    }

    [Test]
    public async Task Send_EmptyStdin_SendsAnEmptyTextBody()
    {
        var result = await cli.RunWithStdinAsync(string.Empty, "send", "-f", "from@example.com", "-t", "a@example.com", "-s", "s");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0));
            Assert.That(sent!.TextBody, Is.EqualTo(string.Empty));
        });
    }

    [Test]
    public async Task Send_LargeStdinBody_IsPassedWhole()
    {
        var body = new StringBuilder().Insert(0, "0123456789abcdef ünïcødé line\n", 100_000).ToString();

        await cli.RunWithStdinAsync(body, "send", "-f", "from@example.com", "-t", "a@example.com", "-s", "s");

        Assert.That(sent!.TextBody, Is.EqualTo(body));
    }

    [Test]
    public async Task Send_HtmlFlag_StdinIsTheHtmlBody()
    {
        await cli.RunWithStdinAsync("<h1>Hi</h1>", "send", "--html", "-f", "from@example.com", "-t", "a@example.com", "-s", "s");

        Assert.That((sent!.HtmlBody, sent.TextBody), Is.EqualTo(("<h1>Hi</h1>", (string?)null)));
    }

    [Test]
    public async Task Send_TextAndHtmlFiles_GiveBothBodiesWithoutReadingStdin()
    {
        using var dir = new TempDirectory();
        var text = dir.File("body.txt", "plain ü");
        var html = dir.File("body.html", "<p>ü</p>");

        await cli.RunWithStdinAsync("stdin must not be used", "send", "--text-file", text, "--html-file", html, "-f", "from@example.com", "-t", "a@example.com", "-s", "s");

        Assert.That((sent!.TextBody, sent.HtmlBody), Is.EqualTo(("plain ü", "<p>ü</p>")));
    }

    [Test]
    public async Task Send_TextFileOnly_GivesTheTextBody()
    {
        using var dir = new TempDirectory();
        var text = dir.File("body.txt", "from file");

        await cli.RunWithStdinAsync("ignored", "send", "--text-file", text, "-f", "from@example.com", "-t", "a@example.com", "-s", "s");

        Assert.That((sent!.TextBody, sent.HtmlBody), Is.EqualTo(("from file", (string?)null)));
    }

    [Test]
    public async Task Send_HtmlFileOnly_GivesTheHtmlBodyAndNoText()
    {
        using var dir = new TempDirectory();
        var html = dir.File("body.html", "<b>x</b>");

        await cli.RunWithStdinAsync("ignored", "send", "--html-file", html, "-f", "from@example.com", "-t", "a@example.com", "-s", "s");

        Assert.That((sent!.TextBody, sent.HtmlBody), Is.EqualTo(((string?)null, "<b>x</b>")));
    }

    [Test]
    public async Task Send_HtmlFlagWithTextFile_StdinIsHtmlAndFileIsText()
    {
        using var dir = new TempDirectory();
        var text = dir.File("body.txt", "plain");

        await cli.RunWithStdinAsync("<p>html</p>", "send", "--html", "--text-file", text, "-f", "from@example.com", "-t", "a@example.com", "-s", "s");

        Assert.That((sent!.TextBody, sent.HtmlBody), Is.EqualTo(("plain", "<p>html</p>")));
    }

    [Test]
    public async Task Send_HtmlFlagWithHtmlFile_ExitsTwo()
    {
        using var dir = new TempDirectory();
        var html = dir.File("body.html", "<p>x</p>");

        var result = await cli.RunWithStdinAsync("x", "send", "--html", "--html-file", html, "-f", "from@example.com", "-t", "a@example.com", "-s", "s");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Stderr, Is.EqualTo("error: --html reads the HTML body from standard input and --html-file from a file: use one of them.\n"));
            Assert.That(sent, Is.Null);
        });
    }

    [Test]
    public async Task Send_MissingTextFile_ExitsTwoNamingIt()
    {
        using var dir = new TempDirectory();
        var missing = Path.Combine(dir.Path, "missing.txt");

        var result = await cli.RunWithStdinAsync(string.Empty, "send", "--text-file", missing, "-f", "from@example.com", "-t", "a@example.com", "-s", "s");

        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((2, $"error: --text-file '{missing}': the file was not found.\n")));
    }

    [Test]
    public async Task Send_ReplyToReturnPathAndConfigurationSet_AreSet()
    {
        await cli.RunWithStdinAsync("b", "send", "-f", "from@example.com", "-t", "a@example.com", "-s", "s", "--reply-to", "r1@example.com,r2@example.com", "--return-path", "bounce@example.com", "--configuration-set", "tracking");

        Assert.Multiple(() =>
        {
            Assert.That(sent!.ReplyTo, Is.EqualTo(new[] { "r1@example.com", "r2@example.com" }));
            Assert.That(sent.ReturnPath, Is.EqualTo("bounce@example.com"));
            Assert.That(sent.ConfigurationSetName, Is.EqualTo("tracking"));
        });
    }

    [Test]
    public async Task Send_RepeatedTags_AreAllSet()
    {
        await cli.RunWithStdinAsync("b", "send", "-f", "from@example.com", "-t", "a@example.com", "-s", "s", "--tag", "campaign=may", "--tag", "team=ops", "--tag", "empty=");

        Assert.That(sent!.Tags, Is.EquivalentTo(new Dictionary<string, string> { ["campaign"] = "may", ["team"] = "ops", ["empty"] = string.Empty }));
    }

    [Test]
    public async Task Send_TagWithoutEquals_ExitsTwo()
    {
        var result = await cli.RunWithStdinAsync("b", "send", "-f", "from@example.com", "-t", "a@example.com", "-s", "s", "--tag", "campaign");

        Assert.Multiple(() =>
        {
            Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((2, "error: --tag 'campaign' is not name=value.\n")));
            Assert.That(sent, Is.Null);
        });
    }

    [Test]
    public async Task Send_DuplicateTag_ExitsTwo()
    {
        var result = await cli.RunWithStdinAsync("b", "send", "-f", "from@example.com", "-t", "a@example.com", "-s", "s", "--tag", "a=1", "--tag", "a=2");

        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((2, "error: --tag 'a' is given twice.\n")));
    }

    [Test]
    public async Task Send_NoRecipients_ExitsTwoWithoutSending()
    {
        var result = await cli.RunWithStdinAsync("b", "send", "-f", "from@example.com", "-s", "s");

        Assert.Multiple(() =>
        {
            Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((2, "error: no recipients: give at least one address with -t/--to, -c/--cc or -b/--bcc.\n")));
            Assert.That(sent, Is.Null);
        });
    }

    [Test]
    public async Task Send_BccOnly_IsSent()
    {
        var result = await cli.RunWithStdinAsync("b", "send", "-f", "from@example.com", "-b", "hidden@example.com", "-s", "s");

        Assert.That((result.ExitCode, sent!.Bcc.Single()), Is.EqualTo((0, "hidden@example.com")));
    }

    [Test]
    public async Task Send_MissingFrom_ExitsTwoNamingTheOption()
    {
        var result = await cli.RunWithStdinAsync("b", "send", "-t", "a@example.com", "-s", "s");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Stderr, Does.Contain("--from"));
            Assert.That(sent, Is.Null);
        });
    }

    [Test]
    public async Task Send_MissingSubject_ExitsTwoNamingTheOption()
    {
        var result = await cli.RunWithStdinAsync("b", "send", "-f", "from@example.com", "-t", "a@example.com");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Stderr, Does.Contain("--subject"));
        });
    }

    [Test]
    public async Task Send_InvalidAddressRefusedByLibrary_ExitsTwoNamingTheOption()
    {
        cli.Ses.Setup(s => s.SendAsync(It.IsAny<SesMail>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ArgumentException("mail.To[1] 'b@' is not a valid email address.", "mail.To[1]"));

        var result = await cli.RunWithStdinAsync("b", "send", "-f", "from@example.com", "-t", "a@example.com,b@", "-s", "s");

        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((2, "error: -t/--to 'b@' is not a valid email address.\n")));
    }

    [Test]
    public async Task Send_Rejected_ExitsOneWithCodeAndRequestId()
    {
        cli.Ses.Setup(s => s.SendAsync(It.IsAny<SesMail>(), It.IsAny<CancellationToken>())).ThrowsAsync(Errors.Rejected());

        var result = await cli.RunWithStdinAsync("b", "send", "-f", "sender@example.com", "-t", "a@example.com", "-s", "s");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(result.Stderr, Is.EqualTo("error: MessageRejected: Email address is not verified. The following identities failed the check in region US-EAST-1: sender@example.com (RequestId 8addd562-1ad8-42cc-b23a-9715e713ebb2)\n"));
            Assert.That(result.Stdout, Is.Empty);
        });
    }

    [Test]
    public async Task Send_StrayPositionalArgument_ExitsTwo()
    {
        var result = await cli.RunWithStdinAsync("b", "send", "-f", "from@example.com", "-t", "a@example.com", "b@example.com", "-s", "s");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Stderr, Does.Contain("'b@example.com'"));
            Assert.That(sent, Is.Null);
        });
    }

    [Test]
    public async Task Send_StdinIsTerminal_PrintsAHintOnStderr()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var environment = new CliEnvironment(new StringReader("typed body"), stdout, stderr, services => services.AddSingleton(cli.Ses.Object), StdinIsTerminal: true);

        var exitCode = await SesCli.RunAsync(["send", "-f", "from@example.com", "-t", "a@example.com", "-s", "s"], environment, 100, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(0));
            Assert.That(stderr.ToString(), Is.EqualTo("Reading the text body from standard input; end it with Ctrl-D.\n"));
            Assert.That(sent!.TextBody, Is.EqualTo("typed body"));
        });
    }
}
