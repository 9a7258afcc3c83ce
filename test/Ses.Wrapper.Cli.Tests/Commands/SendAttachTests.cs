using Moq;
using Ses.Wrapper.Cli.Tests.TestSupport;

namespace Ses.Wrapper.Cli.Tests.Commands;

public class SendAttachTests
{
    private const string MessageId = "0100018f0f3b9e07-c804283d-b67a-4b4a-b0ab-186632bce929-000000";
    private const string RequestId = "0ded9162-c424-4b3d-a6ca-07dee98a8984";

    private CliHarness cli = null!;
    private TempDirectory dir = null!;
    private SesMail? sent;

    [SetUp]
    public void SetUp()
    {
        cli = new CliHarness();
        dir = new TempDirectory();
        sent = null;
        cli.Ses.Setup(s => s.SendAsync(It.IsAny<SesMail>(), It.IsAny<CancellationToken>()))
            .Callback<SesMail, CancellationToken>((mail, _) => sent = mail)
            .ReturnsAsync(new SendResult(MessageId, RequestId));
    }

    [TearDown]
    public void TearDown() => dir.Dispose();

    [Test]
    public async Task Send_Attach_AddsTheFileWithItsNameAndContentType()
    {
        var pdf = dir.File("invoice-42.pdf", [0x25, 0x50, 0x44, 0x46]);

        var result = await cli.RunWithStdinAsync("body", "send", "-f", "from@example.com", "-t", "a@example.com", "-s", "Invoice", "--attach", pdf);

        var attachment = sent!.Attachments.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
            Assert.That((attachment.FileName, attachment.ContentType, attachment.IsInline), Is.EqualTo(("invoice-42.pdf", "application/pdf", false)));
            Assert.That(sent.TextBody, Is.EqualTo("body"));
        });
    }

    [Test]
    public async Task Send_AttachRepeated_AddsEveryFileInOrder()
    {
        var first = dir.File("a.txt", "a");
        var second = dir.File("b.bin", [1, 2, 3]);

        await cli.RunWithStdinAsync("body", "send", "-f", "from@example.com", "-t", "a@example.com", "-s", "s", "--attach", first, "-a", second);

        Assert.That(sent!.Attachments.Select(a => (a.FileName, a.ContentType)), Is.EqualTo(new[] { ("a.txt", "text/plain"), ("b.bin", "application/octet-stream") }));
    }

    [Test]
    public async Task Send_Inline_AddsAnInlineAttachmentWithTheContentId()
    {
        var logo = dir.File("logo.png", [0x89, 0x50, 0x4E, 0x47]);

        await cli.RunWithStdinAsync("<img src=\"cid:logo\">", "send", "--html", "-f", "from@example.com", "-t", "a@example.com", "-s", "s", "--inline", logo + "=logo");

        var attachment = sent!.Attachments.Single();
        Assert.That((attachment.FileName, attachment.ContentType, attachment.ContentId), Is.EqualTo(("logo.png", "image/png", "logo")));
    }

    [Test]
    public async Task Send_AttachMissingFile_ExitsTwoNamingTheFileWithoutSending()
    {
        var missing = Path.Combine(dir.Path, "nope.pdf");

        var result = await cli.RunWithStdinAsync("body", "send", "-f", "from@example.com", "-t", "a@example.com", "-s", "s", "--attach", missing);

        Assert.Multiple(() =>
        {
            Assert.That((result.ExitCode, result.Stdout), Is.EqualTo((2, string.Empty)));
            Assert.That(result.Stderr, Is.EqualTo($"error: --attach '{missing}': the file was not found.\n"));
            cli.Ses.Verify(s => s.SendAsync(It.IsAny<SesMail>(), It.IsAny<CancellationToken>()), Times.Never);
        });
    }

    [Test]
    public async Task Send_AttachDirectory_ExitsTwoNamingIt()
    {
        var result = await cli.RunWithStdinAsync("body", "send", "-f", "from@example.com", "-t", "a@example.com", "-s", "s", "--attach", dir.Path);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Stderr, Does.StartWith($"error: --attach '{dir.Path}': "));
        });
    }

    [Test]
    public async Task Send_AttachUnreadableFile_ExitsTwoNamingIt()
    {
        Assume.That(OperatingSystem.IsWindows() || Environment.UserName != "root", "root reads any file");
        var locked = dir.File("secret.txt", "x", UnixFileMode.None);

        var result = await cli.RunWithStdinAsync("body", "send", "-f", "from@example.com", "-t", "a@example.com", "-s", "s", "--attach", locked);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Stderr, Does.StartWith($"error: --attach '{locked}': the file could not be read: "));
        });
    }

    [Test]
    public async Task Send_InlineWithoutContentId_ExitsTwo()
    {
        var logo = dir.File("logo.png", [1]);

        var result = await cli.RunWithStdinAsync("body", "send", "-f", "from@example.com", "-t", "a@example.com", "-s", "s", "--inline", logo);

        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((2, $"error: --inline '{logo}' is not file=cid.\n")));
    }

    [Test]
    public async Task Send_InlineInvalidContentId_ExitsTwoNamingTheFile()
    {
        var logo = dir.File("logo.png", [1]);

        var result = await cli.RunWithStdinAsync("body", "send", "-f", "from@example.com", "-t", "a@example.com", "-s", "s", "--inline", logo + "=has space");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Stderr, Does.StartWith($"error: --inline '{logo}': The Content-ID 'has space' is invalid"));
        });
    }

    [Test]
    public async Task Send_AttachJson_PrintsMessageIdAndRequestId()
    {
        var file = dir.File("a.txt", "a");

        var result = await cli.RunWithStdinAsync("body", "send", "--json", "-f", "from@example.com", "-t", "a@example.com", "-s", "s", "--attach", file);

        var json = Json.Parse(result.Stdout);
        Assert.That((json.GetProperty("MessageId").GetString(), json.GetProperty("RequestId").GetString()), Is.EqualTo((MessageId, RequestId)));
    }

    [Test]
    public async Task Send_AttachTooLarge_ExitsTwoWithTheSizes()
    {
        var file = dir.File("a.txt", "a");
        cli.Ses.Setup(s => s.SendAsync(It.IsAny<SesMail>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new SesMessageTooLargeException(14_000_000, 10_485_760, "mail"));

        var result = await cli.RunWithStdinAsync("body", "send", "-f", "from@example.com", "-t", "a@example.com", "-s", "s", "--attach", file);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Stderr, Does.StartWith("error: The mail is too large for SES: 18,666,668 bytes").And.Contain("the limit is 10,485,760 bytes"));
        });
    }

    [Test]
    public async Task Send_NoAttach_SendsNoAttachments()
    {
        await cli.RunWithStdinAsync("body", "send", "-f", "from@example.com", "-t", "a@example.com", "-s", "s");

        Assert.That(sent!.Attachments, Is.Empty);
    }
}
