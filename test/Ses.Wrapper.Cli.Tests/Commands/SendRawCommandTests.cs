using System.Text;
using Moq;
using Ses.Wrapper.Cli.Tests.TestSupport;

namespace Ses.Wrapper.Cli.Tests.Commands;

public class SendRawCommandTests
{
    private const string MessageId = "0100018f0f3b9e07-c804283d-b67a-4b4a-b0ab-186632bce929-000000";
    private const string RequestId = "0ded9162-c424-4b3d-a6ca-07dee98a8984";
    private const string Eml = "From: sender@example.com\r\nTo: kate@example.com\r\nSubject: Grüße\r\n\r\nbody ü\r\n";

    private CliHarness cli = null!;
    private TempDirectory dir = null!;
    private byte[]? sentBytes;
    private SesRawSendOptions? sentOptions;

    [SetUp]
    public void SetUp()
    {
        cli = new CliHarness();
        dir = new TempDirectory();
        sentBytes = null;
        sentOptions = null;
        cli.Ses.Setup(s => s.SendRawAsync(It.IsAny<Stream>(), It.IsAny<SesRawSendOptions?>(), It.IsAny<CancellationToken>()))
            .Callback<Stream, SesRawSendOptions?, CancellationToken>((stream, options, _) =>
            {
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                sentBytes = copy.ToArray();
                sentOptions = options;
            })
            .ReturnsAsync(new SendResult(MessageId, RequestId));
    }

    [TearDown]
    public void TearDown() => dir.Dispose();

    [Test]
    public async Task SendRaw_Stdin_SendsTheMessageAsUtf8Bytes()
    {
        var result = await cli.RunWithStdinAsync(Eml, "send-raw");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
            Assert.That(sentBytes, Is.EqualTo(Encoding.UTF8.GetBytes(Eml)));
        });
    }

    [Test]
    public async Task SendRaw_Success_PrintsMessageIdAndRequestId()
    {
        var result = await cli.RunWithStdinAsync(Eml, "send-raw");

        Assert.That((result.Stdout, result.Stderr), Is.EqualTo(($"MessageId: {MessageId}\nRequestId: {RequestId}\n", string.Empty)));
    }

    [Test]
    public async Task SendRaw_File_SendsTheFilesBytesWithoutReadingStdin()
    {
        byte[] content = [.. Encoding.ASCII.GetBytes("From: a@example.com\r\nTo: b@example.com\r\nSubject: s\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"), 0xE9, 0xFF, 0x0D, 0x0A];
        var file = dir.File("message.eml", content);

        await cli.RunWithStdinAsync("stdin must not be used", "send-raw", "--file", file);

        Assert.That(sentBytes, Is.EqualTo(content));
    }

    [Test]
    public async Task SendRaw_NoEnvelopeOptions_LeavesDestinationsEmpty()
    {
        await cli.RunWithStdinAsync(Eml, "send-raw");

        Assert.That((sentOptions!.Destinations.Count, sentOptions.Source, sentOptions.ConfigurationSetName, sentOptions.Tags.Count), Is.EqualTo((0, (string?)null, (string?)null, 0)));
    }

    [Test]
    public async Task SendRaw_ToCcBcc_AreTheEnvelopeDestinationsInOrder()
    {
        await cli.RunWithStdinAsync(Eml, "send-raw", "-t", "a@example.com,b@example.com", "-c", "c@example.com", "-b", "d@example.com");

        Assert.That(sentOptions!.Destinations, Is.EqualTo(new[] { "a@example.com", "b@example.com", "c@example.com", "d@example.com" }));
    }

    [Test]
    public async Task SendRaw_FromConfigurationSetAndTags_FillTheOptions()
    {
        await cli.RunWithStdinAsync(Eml, "send-raw", "-f", "bounce@example.com", "--configuration-set", "tracking", "--tag", "campaign=may", "--tag", "kind=raw");

        Assert.Multiple(() =>
        {
            Assert.That((sentOptions!.Source, sentOptions.ConfigurationSetName), Is.EqualTo(("bounce@example.com", "tracking")));
            Assert.That(sentOptions.Tags, Is.EqualTo(new Dictionary<string, string> { ["campaign"] = "may", ["kind"] = "raw" }));
        });
    }

    [Test]
    public async Task SendRaw_Json_PrintsMessageIdAndRequestId()
    {
        var result = await cli.RunWithStdinAsync(Eml, "send-raw", "--json");

        var json = Json.Parse(result.Stdout);
        Assert.Multiple(() =>
        {
            Assert.That(Json.PropertyNames(json), Is.EqualTo(new[] { "MessageId", "RequestId" }));
            Assert.That(json.GetProperty("MessageId").GetString(), Is.EqualTo(MessageId));
        });
    }

    [Test]
    public async Task SendRaw_MissingFile_ExitsTwoNamingItWithoutSending()
    {
        var missing = Path.Combine(dir.Path, "missing.eml");

        var result = await cli.RunAsync("send-raw", "--file", missing);

        Assert.Multiple(() =>
        {
            Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((2, $"error: --file '{missing}': the file was not found.\n")));
            cli.Ses.Verify(s => s.SendRawAsync(It.IsAny<Stream>(), It.IsAny<SesRawSendOptions?>(), It.IsAny<CancellationToken>()), Times.Never);
        });
    }

    [Test]
    public async Task SendRaw_BadTag_ExitsTwo()
    {
        var result = await cli.RunWithStdinAsync(Eml, "send-raw", "--tag", "novalue");

        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((2, "error: --tag 'novalue' is not name=value.\n")));
    }

    [Test]
    public async Task SendRaw_Rejected_ExitsOneWithCodeAndRequestId()
    {
        cli.Ses.Setup(s => s.SendRawAsync(It.IsAny<Stream>(), It.IsAny<SesRawSendOptions?>(), It.IsAny<CancellationToken>())).ThrowsAsync(Errors.Rejected());

        var result = await cli.RunWithStdinAsync(Eml, "send-raw");

        Assert.That((result.ExitCode, result.Stdout, result.Stderr), Is.EqualTo((1, string.Empty,
            "error: MessageRejected: Email address is not verified. The following identities failed the check in region US-EAST-1: sender@example.com (RequestId 8addd562-1ad8-42cc-b23a-9715e713ebb2)\n")));
    }

    [Test]
    public async Task SendRaw_InvalidMessage_ExitsTwo()
    {
        cli.Ses.Setup(s => s.SendRawAsync(It.IsAny<Stream>(), It.IsAny<SesRawSendOptions?>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ArgumentException("The message has no recipients.", "message"));

        var result = await cli.RunWithStdinAsync("not a message", "send-raw");

        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((2, "error: The message has no recipients.\n")));
    }
}
