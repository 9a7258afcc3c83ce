using Moq;
using Ses.Wrapper.Cli.Tests.TestSupport;

namespace Ses.Wrapper.Cli.Tests.Commands;

public class SendTemplatedCommandTests
{
    private const string MessageId = "0100018f0f3d17c4-e9b3913f-6fdc-45e8-b8e3-d9e0d7e3fd0e-000000";
    private const string RequestId = "932b4747-8830-4d96-9851-1f9cd6a5e19a";

    private CliHarness cli = null!;
    private TempDirectory dir = null!;
    private SesTemplatedMail? sent;

    [SetUp]
    public void SetUp()
    {
        cli = new CliHarness();
        dir = new TempDirectory();
        sent = null;
        cli.Ses.Setup(s => s.SendTemplatedAsync(It.IsAny<SesTemplatedMail>(), It.IsAny<CancellationToken>()))
            .Callback<SesTemplatedMail, CancellationToken>((mail, _) => sent = mail)
            .ReturnsAsync(new SendResult(MessageId, RequestId));
    }

    [TearDown]
    public void TearDown() => dir.Dispose();

    [Test]
    public async Task SendTemplated_Options_FillTheMail()
    {
        var result = await cli.RunAsync("send-templated", "-f", "from@example.com", "-t", "a@example.com,b@example.com", "-c", "c@example.com", "-b", "d@example.com",
            "--template", "WelcomeEmail", "--data", "{\"name\":\"Kate\"}", "--reply-to", "r@example.com", "--return-path", "bounce@example.com",
            "--configuration-set", "tracking", "--tag", "campaign=may");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
            Assert.That((sent!.Source, sent.TemplateName, sent.TemplateData), Is.EqualTo(("from@example.com", "WelcomeEmail", "{\"name\":\"Kate\"}")));
            Assert.That((sent.To, sent.Cc, sent.Bcc, sent.ReplyTo), Is.EqualTo((new[] { "a@example.com", "b@example.com" }, new[] { "c@example.com" }, new[] { "d@example.com" }, new[] { "r@example.com" })));
            Assert.That((sent.ReturnPath, sent.ConfigurationSetName), Is.EqualTo(("bounce@example.com", "tracking")));
            Assert.That(sent.Tags, Is.EqualTo(new Dictionary<string, string> { ["campaign"] = "may" }));
        });
    }

    [Test]
    public async Task SendTemplated_NoData_SendsAnEmptyObject()
    {
        await cli.RunAsync("send-templated", "-f", "from@example.com", "-t", "a@example.com", "--template", "WelcomeEmail");

        Assert.That(sent!.TemplateData, Is.EqualTo("{}"));
    }

    [Test]
    public async Task SendTemplated_DataFile_IsTheTemplateData()
    {
        var data = dir.File("data.json", "{\"name\":\"Jürgen\"}\n");

        await cli.RunAsync("send-templated", "-f", "from@example.com", "-t", "a@example.com", "--template", "WelcomeEmail", "--data-file", data);

        Assert.That(sent!.TemplateData, Is.EqualTo("{\"name\":\"Jürgen\"}\n"));
    }

    [Test]
    public async Task SendTemplated_DataAndDataFile_ExitsTwo()
    {
        var data = dir.File("data.json", "{}");

        var result = await cli.RunAsync("send-templated", "-f", "from@example.com", "-t", "a@example.com", "--template", "T", "--data", "{}", "--data-file", data);

        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((2, "error: --data and --data-file both give the template data: use one of them.\n")));
    }

    [Test]
    public async Task SendTemplated_MissingDataFile_ExitsTwoNamingIt()
    {
        var missing = Path.Combine(dir.Path, "nope.json");

        var result = await cli.RunAsync("send-templated", "-f", "from@example.com", "-t", "a@example.com", "--template", "T", "--data-file", missing);

        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((2, $"error: --data-file '{missing}': the file was not found.\n")));
    }

    [Test]
    public async Task SendTemplated_DataNotAnObject_ExitsTwoNamingTheOption()
    {
        cli.Ses.Setup(s => s.SendTemplatedAsync(It.IsAny<SesTemplatedMail>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ArgumentException("mail.TemplateData is not a JSON object; template data must be a JSON object such as {}.", "mail.TemplateData"));

        var result = await cli.RunAsync("send-templated", "-f", "from@example.com", "-t", "a@example.com", "--template", "T", "--data", "[1]");

        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((2, "error: --data is not a JSON object; template data must be a JSON object such as {}.\n")));
    }

    [Test]
    public async Task SendTemplated_NoRecipients_ExitsTwoWithoutSending()
    {
        var result = await cli.RunAsync("send-templated", "-f", "from@example.com", "--template", "T");

        Assert.Multiple(() =>
        {
            Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((2, "error: no recipients: give at least one address with -t/--to, -c/--cc or -b/--bcc.\n")));
            cli.Ses.Verify(s => s.SendTemplatedAsync(It.IsAny<SesTemplatedMail>(), It.IsAny<CancellationToken>()), Times.Never);
        });
    }

    [Test]
    public async Task SendTemplated_NoTemplate_ExitsTwo()
    {
        var result = await cli.RunAsync("send-templated", "-f", "from@example.com", "-t", "a@example.com");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Stderr, Does.Contain("'--template' is required"));
        });
    }

    [Test]
    public async Task SendTemplated_Success_PrintsMessageIdAndRequestId()
    {
        var result = await cli.RunAsync("send-templated", "-f", "from@example.com", "-t", "a@example.com", "--template", "T");

        Assert.That((result.ExitCode, result.Stdout), Is.EqualTo((0, $"MessageId: {MessageId}\nRequestId: {RequestId}\n")));
    }

    [Test]
    public async Task SendTemplated_Json_PrintsMessageIdAndRequestId()
    {
        var result = await cli.RunAsync("send-templated", "--json", "-f", "from@example.com", "-t", "a@example.com", "--template", "T");

        var json = Json.Parse(result.Stdout);
        Assert.Multiple(() =>
        {
            Assert.That(Json.PropertyNames(json), Is.EqualTo(new[] { "MessageId", "RequestId" }));
            Assert.That(json.GetProperty("MessageId").GetString(), Is.EqualTo(MessageId));
        });
    }

    [Test]
    public async Task SendTemplated_UnknownTemplate_ExitsOne()
    {
        cli.Ses.Setup(s => s.SendTemplatedAsync(It.IsAny<SesTemplatedMail>(), It.IsAny<CancellationToken>())).ThrowsAsync(Errors.Rejected());

        var result = await cli.RunAsync("send-templated", "-f", "from@example.com", "-t", "a@example.com", "--template", "T");

        Assert.That((result.ExitCode, result.Stdout), Is.EqualTo((1, string.Empty)));
    }
}
