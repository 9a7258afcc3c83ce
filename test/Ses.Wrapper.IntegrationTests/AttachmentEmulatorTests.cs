using System.Text;
using Ses.Wrapper.IntegrationTests.Emulator;

namespace Ses.Wrapper.IntegrationTests;

/// <summary>
/// A mail with two attachments, one of them binary, sent through <see cref="ISesService.SendAsync"/> (which turns it into
/// SendRawEmail MIME) and an .eml stream sent through <see cref="ISesService.SendRawAsync(Stream, SesRawSendOptions?, CancellationToken)"/>
/// arrive at the emulator intact.
/// </summary>
[TestFixture]
public sealed class AttachmentEmulatorTests
{
    private const string Subject = "Invoice — Rechnung März 📎";
    private static readonly byte[] Binary = MakeBinary();
    private static readonly string Csv = "name;amount\nJörg;12,50 €\n";

    private EmulatorClients clients = null!;
    private StoredMail stored = null!;

    [OneTimeSetUp]
    public async Task SendMailWithAttachmentsAsync()
    {
        clients = new EmulatorClients(EmulatorFixture.Emulator.Url);
        var result = await clients.Ses.SendAsync(new SesMail
        {
            Source = "\"Billing Dept\" <billing@example.com>",
            To = ["customer@example.com"],
            Bcc = ["archive@example.com"],
            Subject = Subject,
            TextBody = "Your invoice is attached.",
            HtmlBody = "<p>Your invoice is attached.</p>",
            Attachments = [SesAttachment.FromBytes("invoice.pdf", Binary), SesAttachment.FromBytes("lines.csv", Encoding.UTF8.GetBytes(Csv), "text/csv")],
        });
        stored = await EmulatorFixture.Emulator.GetMailAsync(result.MessageId);
    }

    [OneTimeTearDown]
    public void DisposeClients() => clients.Dispose();

    [Test]
    public void SendAsync_BinaryAttachment_ArrivesByteIdentical()
    {
        var pdf = stored.Attachments.Single(a => a.Filename == "invoice.pdf");
        Assert.Multiple(() =>
        {
            Assert.That(Convert.FromBase64String(pdf.Content), Is.EqualTo(Binary));
            Assert.That(pdf.ContentType, Is.EqualTo("application/pdf"));
        });
    }

    [Test]
    public void SendAsync_TextAttachment_ArrivesByteIdentical()
    {
        var csv = stored.Attachments.Single(a => a.Filename == "lines.csv");
        Assert.Multiple(() =>
        {
            Assert.That(Encoding.UTF8.GetString(Convert.FromBase64String(csv.Content)), Is.EqualTo(Csv));
            Assert.That(csv.ContentType, Is.EqualTo("text/csv"));
        });
    }

    [Test]
    public void SendAsync_MailWithAttachments_ArrivesWithSubjectBodiesAndBothAttachments()
    {
        Assert.Multiple(() =>
        {
            Assert.That(stored.Subject, Is.EqualTo(Subject));
            Assert.That(stored.Body.Text?.TrimEnd('\n', '\r'), Is.EqualTo("Your invoice is attached."));
            Assert.That(stored.Attachments.Select(a => a.Filename), Is.EquivalentTo(new[] { "invoice.pdf", "lines.csv" }));
        });
    }

    [Test]
    public void SendAsync_Bcc_ArrivesInNoHeader()
    {
        Assert.That(stored.Destination.Bcc ?? [], Is.Empty);
    }

    [Test]
    public async Task SendRawAsync_EmlStream_ArrivesWithItsAttachment()
    {
        var eml = string.Join("\r\n",
            "From: eml-sender@example.com",
            "To: eml-to@example.com",
            "Subject: From an .eml",
            "MIME-Version: 1.0",
            "Content-Type: multipart/mixed; boundary=\"b1\"",
            string.Empty,
            "--b1",
            "Content-Type: text/plain; charset=utf-8",
            string.Empty,
            "Body.",
            "--b1",
            "Content-Type: application/octet-stream",
            "Content-Disposition: attachment; filename=\"blob.bin\"",
            "Content-Transfer-Encoding: base64",
            string.Empty,
            Convert.ToBase64String(Binary[..300]),
            "--b1--",
            string.Empty);

        var result = await clients.Ses.SendRawAsync(new MemoryStream(Encoding.ASCII.GetBytes(eml)));

        var mail = await EmulatorFixture.Emulator.GetMailAsync(result.MessageId);
        Assert.Multiple(() =>
        {
            Assert.That(mail.Subject, Is.EqualTo("From an .eml"));
            Assert.That(Convert.FromBase64String(mail.Attachments.Single().Content), Is.EqualTo(Binary[..300]));
        });
    }

    private static byte[] MakeBinary()
    {
        var bytes = new byte[200_003];
        new Random(42).NextBytes(bytes);
        bytes[0] = 0x00;
        bytes[1] = 0xFF;
        return bytes;
    }
}
