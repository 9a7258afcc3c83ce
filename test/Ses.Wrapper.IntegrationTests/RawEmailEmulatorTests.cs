using System.Text;
using Ses.Wrapper.IntegrationTests.Emulator;
using Ses.Wrapper.SimpleEmail.Model;

namespace Ses.Wrapper.IntegrationTests;

/// <summary>
/// A raw MIME message sent through <c>IAmazonSimpleEmailService.SendRawEmailAsync</c> (the facade has no raw send)
/// arrives parsed in the emulator's /store.
/// </summary>
[TestFixture]
public sealed class RawEmailEmulatorTests
{
    private const string Subject = "Raw — Grüße 📎";
    private const string Text = "Plain part: café ☕";
    private const string Html = "<p>HTML part: café ☕</p>";
    private const string AttachmentText = "attached file, UTF-8: ü";

    private EmulatorClients clients = null!;
    private StoredMail stored = null!;
    private string messageId = null!;

    [OneTimeSetUp]
    public async Task SendRawMessageAsync()
    {
        clients = new EmulatorClients(EmulatorFixture.Emulator.Url);
        var request = new SendRawEmailRequest
        {
            Source = "raw-sender@example.com",
            Destinations = ["raw-to@example.com", "second-to@example.com", "raw-cc@example.com", "raw-bcc@example.com"],
            RawMessage = new RawMessage { Data = new MemoryStream(Encoding.UTF8.GetBytes(Mime())) },
        };

        var response = await clients.Client.SendRawEmailAsync(request);

        messageId = response.MessageId!;
        stored = await EmulatorFixture.Emulator.GetMailAsync(messageId);
    }

    [OneTimeTearDown]
    public void DisposeClients() => clients.Dispose();

    [Test]
    public void SendRawEmailAsync_Message_ReturnsAnEmulatorMessageId() =>
        Assert.That(messageId, Does.Match("^ses-[0-9]{9}$"));

    [Test]
    public void SendRawEmailAsync_FromHeaderWithDisplayName_ArrivesAsFrom() =>
        Assert.That(stored.From, Is.EqualTo("\"Raw Sender\" <raw-sender@example.com>"));

    [Test]
    public void SendRawEmailAsync_ToHeaderWithTwoAddresses_ArrivesAsOneHeaderText() =>
        Assert.That(stored.Destination.To, Is.EqualTo(new[] { "\"Raw To\" <raw-to@example.com>, second-to@example.com" }));

    [Test]
    public void SendRawEmailAsync_CcHeader_ArrivesAsCc() =>
        Assert.That(stored.Destination.Cc, Is.EqualTo(new[] { "raw-cc@example.com" }));

    /// <summary>Bcc recipients go in Destinations only, never in a header: nothing shows them in the message.</summary>
    [Test]
    public void SendRawEmailAsync_BccOnlyInDestinations_ArrivesWithoutBcc() =>
        Assert.That(stored.Destination.Bcc, Is.Empty);

    [Test]
    public void SendRawEmailAsync_ReplyToHeader_ArrivesAsReplyTo() =>
        Assert.That(stored.ReplyTo, Is.EqualTo(new[] { "raw-reply@example.com" }));

    [Test]
    public void SendRawEmailAsync_EncodedWordSubject_ArrivesDecoded() =>
        Assert.That(stored.Subject, Is.EqualTo(Subject));

    [Test]
    public void SendRawEmailAsync_Base64TextPart_ArrivesDecoded() =>
        Assert.That(stored.Body.Text?.TrimEnd('\n'), Is.EqualTo(Text));

    [Test]
    public void SendRawEmailAsync_Base64HtmlPart_ArrivesDecoded() =>
        Assert.That(stored.Body.Html?.TrimEnd('\n'), Is.EqualTo(Html));

    [Test]
    public void SendRawEmailAsync_Attachment_ArrivesWithNameTypeAndContent()
    {
        Assert.That(stored.Attachments, Has.Count.EqualTo(1));
        var attachment = stored.Attachments[0];
        Assert.Multiple(() =>
        {
            Assert.That(attachment.Filename, Is.EqualTo("note.txt"));
            Assert.That(attachment.ContentType, Is.EqualTo("text/plain"));
            Assert.That(Encoding.UTF8.GetString(Convert.FromBase64String(attachment.Content)), Is.EqualTo(AttachmentText));
        });
    }

    private static string Mime()
    {
        static string B64(string value) => Convert.ToBase64String(Encoding.UTF8.GetBytes(value));
        return string.Join("\r\n",
            "From: \"Raw Sender\" <raw-sender@example.com>",
            "To: \"Raw To\" <raw-to@example.com>, second-to@example.com",
            "Cc: raw-cc@example.com",
            "Reply-To: raw-reply@example.com",
            $"Subject: =?UTF-8?B?{B64(Subject)}?=",
            "MIME-Version: 1.0",
            "Content-Type: multipart/mixed; boundary=\"mixed-boundary\"",
            string.Empty,
            "--mixed-boundary",
            "Content-Type: multipart/alternative; boundary=\"alt-boundary\"",
            string.Empty,
            "--alt-boundary",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: base64",
            string.Empty,
            B64(Text),
            "--alt-boundary",
            "Content-Type: text/html; charset=UTF-8",
            "Content-Transfer-Encoding: base64",
            string.Empty,
            B64(Html),
            "--alt-boundary--",
            "--mixed-boundary",
            "Content-Type: text/plain; charset=UTF-8; name=\"note.txt\"",
            "Content-Disposition: attachment; filename=\"note.txt\"",
            "Content-Transfer-Encoding: base64",
            string.Empty,
            B64(AttachmentText),
            "--mixed-boundary--",
            string.Empty);
    }
}
