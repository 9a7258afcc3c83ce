using Moq;
using MimeKit;
using Ses.Wrapper.SimpleEmail.Model;
using Ses.Wrapper.Tests.TestSupport;

namespace Ses.Wrapper.Tests.Facade.Mime;

/// <summary>SendAsync with attachments: raw MIME that MimeKit parses back to exactly what was attached.</summary>
[TestFixture]
public sealed class SesServiceAttachmentTests
{
    private static readonly byte[] Pdf = MakeBinary(70_001, seed: 7);

    private static SesMail MailWith(params SesAttachment[] attachments) => new()
    {
        Source = "sender@example.com",
        To = ["to@example.com"],
        Subject = "Your invoice",
        TextBody = "Invoice attached.",
        HtmlBody = "<p>Invoice attached.</p>",
        Attachments = attachments,
    };

    [Test]
    public async Task SendAsync_WithAttachment_SendsRawEmailNotSendEmail()
    {
        var ses = new MockedSes().AnswerRaw();

        var result = await ses.CreateService().SendAsync(MailWith(SesAttachment.FromBytes("invoice.pdf", Pdf)));

        Assert.Multiple(() =>
        {
            Assert.That(ses.RawSends, Has.Count.EqualTo(1));
            Assert.That(result, Is.EqualTo(new SendResult(MockedSes.MessageId, MockedSes.RequestId)));
            ses.Client.Verify(c => c.SendEmailAsync(It.IsAny<SendEmailRequest>(), It.IsAny<CancellationToken>()), Times.Never);
        });
    }

    [Test]
    public async Task SendAsync_WithoutAttachments_StaysSendEmail()
    {
        var ses = new MockedSes();
        ses.Client.Setup(c => c.SendEmailAsync(It.IsAny<SendEmailRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(MockedSes.WithRequestId(new SendEmailResponse { MessageId = "plain" }));

        var result = await ses.CreateService().SendAsync(MailWith());

        Assert.That(result.MessageId, Is.EqualTo("plain"));
    }

    [Test]
    public async Task SendAsync_BinaryAttachmentFromBytes_ParsesBackByteIdentical()
    {
        var ses = new MockedSes().AnswerRaw();

        await ses.CreateService().SendAsync(MailWith(SesAttachment.FromBytes("invoice.pdf", Pdf)));

        var part = ses.SentMessage().Attachments.OfType<MimePart>().Single();
        Assert.Multiple(() =>
        {
            Assert.That(Decode(part), Is.EqualTo(Pdf));
            Assert.That(part.FileName, Is.EqualTo("invoice.pdf"));
            Assert.That(part.ContentType.MimeType, Is.EqualTo("application/pdf"));
            Assert.That(part.ContentTransferEncoding, Is.EqualTo(ContentEncoding.Base64));
            Assert.That(part.ContentDisposition!.Disposition, Is.EqualTo(ContentDisposition.Attachment));
        });
    }

    [Test]
    public async Task SendAsync_AttachmentFromFile_ParsesBackByteIdenticalWithTheFilesName()
    {
        var path = Path.Combine(Path.GetTempPath(), "ses-wrapper-" + Guid.NewGuid().ToString("N") + ".png");
        await File.WriteAllBytesAsync(path, Pdf);
        try
        {
            var ses = new MockedSes().AnswerRaw();

            await ses.CreateService().SendAsync(MailWith(SesAttachment.FromFile(path)));

            var part = ses.SentMessage().Attachments.OfType<MimePart>().Single();
            Assert.Multiple(() =>
            {
                Assert.That(Decode(part), Is.EqualTo(Pdf));
                Assert.That(part.FileName, Is.EqualTo(Path.GetFileName(path)));
                Assert.That(part.ContentType.MimeType, Is.EqualTo("image/png"));
            });
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public async Task SendAsync_AttachmentFromSeekableStream_SendsFromItsPositionOnEverySend()
    {
        var ses = new MockedSes().AnswerRaw();
        var stream = new MemoryStream([0xEE, 0xEE, .. Pdf]) { Position = 2 };
        var mail = MailWith(SesAttachment.FromStream("data.bin", stream));
        var service = ses.CreateService();

        await service.SendAsync(mail);
        await service.SendAsync(mail);

        var parts = ses.RawSends.Select(s => MimeMessage.Load(new MemoryStream(s.Data)).Attachments.OfType<MimePart>().Single()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(Decode(parts[0]), Is.EqualTo(Pdf));
            Assert.That(Decode(parts[1]), Is.EqualTo(Pdf));
            Assert.That(parts[0].ContentType.MimeType, Is.EqualTo("application/octet-stream"));
        });
    }

    [Test]
    public async Task SendAsync_AttachmentFromNonSeekableStream_SendsItTwiceIntact()
    {
        var ses = new MockedSes().AnswerRaw();
        var mail = MailWith(SesAttachment.FromStream("report.csv", new ForwardOnlyStream(Pdf)));
        var service = ses.CreateService();

        await service.SendAsync(mail);
        await service.SendAsync(mail);

        Assert.That(
            ses.RawSends.Select(s => Decode(MimeMessage.Load(new MemoryStream(s.Data)).Attachments.OfType<MimePart>().Single())),
            Is.All.EqualTo(Pdf));
    }

    [Test]
    public async Task SendAsync_TwoAttachmentsOneBinary_ParsesBackBothInOrder()
    {
        var ses = new MockedSes().AnswerRaw();
        var text = "name,amount\nJörg,12.50\n"u8.ToArray();

        await ses.CreateService().SendAsync(MailWith(SesAttachment.FromBytes("invoice.pdf", Pdf), SesAttachment.FromBytes("lines.csv", text, "text/csv")));

        var parts = ses.SentMessage().Attachments.OfType<MimePart>().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(parts.Select(p => p.FileName), Is.EqualTo(new[] { "invoice.pdf", "lines.csv" }));
            Assert.That(Decode(parts[0]), Is.EqualTo(Pdf));
            Assert.That(Decode(parts[1]), Is.EqualTo(text));
            Assert.That(parts[1].ContentType.MimeType, Is.EqualTo("text/csv"));
        });
    }

    [Test]
    public async Task SendAsync_InlineImage_IsRelatedToTheHtmlWithItsContentId()
    {
        var ses = new MockedSes().AnswerRaw();
        var png = MakeBinary(2_000, seed: 3);
        var mail = MailWith(SesAttachment.FromBytes("logo.png", png, contentId: "logo@example.com"));
        mail.HtmlBody = "<img src=\"cid:logo@example.com\">";

        await ses.CreateService().SendAsync(mail);

        var message = ses.SentMessage();
        var related = message.BodyParts.OfType<MimePart>().Single(p => p.ContentId == "logo@example.com");
        var html = message.BodyParts.OfType<TextPart>().Single(p => p.IsHtml);
        Assert.Multiple(() =>
        {
            Assert.That(Decode(related), Is.EqualTo(png));
            Assert.That(related.ContentType.MimeType, Is.EqualTo("image/png"));
            Assert.That(related.ContentDisposition!.Disposition, Is.EqualTo(ContentDisposition.Inline));
            Assert.That(html.Text, Is.EqualTo("<img src=\"cid:logo@example.com\">"));
            Assert.That(message.BodyParts.OfType<TextPart>().Single(p => p.IsPlain).Text, Is.EqualTo("Invoice attached."));
            Assert.That(message.Body!.ContentType.MimeType, Is.EqualTo("multipart/alternative"));
            Assert.That(((Multipart)message.Body)[1].ContentType.MimeType, Is.EqualTo("multipart/related"));
        });
    }

    [Test]
    public async Task SendAsync_InlineAttachmentWithoutHtmlBody_IsSentAsAnAttachmentKeepingItsContentId()
    {
        var ses = new MockedSes().AnswerRaw();
        var png = MakeBinary(1_500, seed: 11);
        var mail = MailWith(SesAttachment.FromBytes("logo.png", png, contentId: "logo"));
        mail.HtmlBody = null;

        await ses.CreateService().SendAsync(mail);

        var part = ses.SentMessage().BodyParts.OfType<MimePart>().Single(p => p.FileName == "logo.png");
        Assert.Multiple(() =>
        {
            Assert.That(Decode(part), Is.EqualTo(png));
            Assert.That(part.ContentId, Is.EqualTo("logo"));
        });
    }

    [Test]
    public async Task SendAsync_RegularAndInline_WrapsTheBodyInMultipartMixed()
    {
        var ses = new MockedSes().AnswerRaw();

        await ses.CreateService().SendAsync(MailWith(SesAttachment.FromBytes("logo.png", Pdf, contentId: "logo"), SesAttachment.FromBytes("invoice.pdf", Pdf)));

        var message = ses.SentMessage();
        Assert.Multiple(() =>
        {
            Assert.That(message.Body!.ContentType.MimeType, Is.EqualTo("multipart/mixed"));
            Assert.That(message.Attachments.OfType<MimePart>().Select(p => p.FileName), Is.EqualTo(new[] { "invoice.pdf" }));
        });
    }

    [Test]
    public async Task SendAsync_Bcc_IsInDestinationsButNotInAnyHeader()
    {
        var ses = new MockedSes().AnswerRaw();
        var mail = MailWith(SesAttachment.FromBytes("a.txt", "x"u8.ToArray()));
        mail.Cc.Add("cc@example.com");
        mail.Bcc.Add("hidden@example.com");

        await ses.CreateService().SendAsync(mail);

        var (request, _) = ses.RawSends.Single();
        Assert.Multiple(() =>
        {
            Assert.That(request.Destinations, Is.EqualTo(new[] { "to@example.com", "cc@example.com", "hidden@example.com" }));
            Assert.That(ses.SentMessage().Headers.Contains(HeaderId.Bcc), Is.False);
            Assert.That(ses.SentText(), Does.Not.Contain("hidden@example.com"));
        });
    }

    [Test]
    public async Task SendAsync_RawMail_SetsSourceConfigurationSetAndTags()
    {
        var ses = new MockedSes().AnswerRaw();
        ses.Options.ConfigurationSetName = "default-set";
        var mail = MailWith(SesAttachment.FromBytes("a.txt", "x"u8.ToArray()));
        mail.Source = "\"Billing\" <billing@example.com>";
        mail.ConfigurationSetName = "invoices";
        mail.Tags["campaign"] = "march";

        await ses.CreateService().SendAsync(mail);

        var (request, _) = ses.RawSends.Single();
        Assert.Multiple(() =>
        {
            Assert.That(request.Source, Is.EqualTo("billing@example.com"));
            Assert.That(request.ConfigurationSetName, Is.EqualTo("invoices"));
            Assert.That(request.Tags.Select(t => (t.Name, t.Value)), Is.EqualTo(new[] { ("campaign", "march") }));
        });
    }

    [Test]
    public async Task SendAsync_RawMailWithoutConfigurationSet_TakesTheOptionsOne()
    {
        var ses = new MockedSes().AnswerRaw();
        ses.Options.ConfigurationSetName = "default-set";

        await ses.CreateService().SendAsync(MailWith(SesAttachment.FromBytes("a.txt", "x"u8.ToArray())));

        Assert.That(ses.RawSends.Single().Request.ConfigurationSetName, Is.EqualTo("default-set"));
    }

    [Test]
    public async Task SendAsync_ReturnPath_IsTheEnvelopeSource()
    {
        var ses = new MockedSes().AnswerRaw();
        var mail = MailWith(SesAttachment.FromBytes("a.txt", "x"u8.ToArray()));
        mail.ReturnPath = "bounces@example.com";

        await ses.CreateService().SendAsync(mail);

        Assert.Multiple(() =>
        {
            Assert.That(ses.RawSends.Single().Request.Source, Is.EqualTo("bounces@example.com"));
            Assert.That(ses.SentMessage().From.Mailboxes.Single().Address, Is.EqualTo("sender@example.com"));
        });
    }

    [Test]
    public async Task SendAsync_RawMail_HeadersCarryTheMailsFieldsAndTheClocksDate()
    {
        var ses = new MockedSes().AnswerRaw();
        var mail = MailWith(SesAttachment.FromBytes("a.txt", "x"u8.ToArray()));
        mail.ReplyTo.Add("reply@example.com");

        await ses.CreateService().SendAsync(mail);

        var message = ses.SentMessage();
        Assert.Multiple(() =>
        {
            Assert.That(message.From.Mailboxes.Single().Address, Is.EqualTo("sender@example.com"));
            Assert.That(message.To.Mailboxes.Single().Address, Is.EqualTo("to@example.com"));
            Assert.That(message.ReplyTo.Mailboxes.Single().Address, Is.EqualTo("reply@example.com"));
            Assert.That(message.Subject, Is.EqualTo("Your invoice"));
            Assert.That(message.Date, Is.EqualTo(MockedSes.Now));
            Assert.That(message.MessageId, Does.EndWith("@example.com"));
            Assert.That(message.Headers[HeaderId.MimeVersion], Is.EqualTo("1.0"));
        });
    }

    [Test]
    public async Task SendAsync_RawMail_UsesCrlfLineEndsAndShortLinesOnly()
    {
        var ses = new MockedSes().AnswerRaw();
        var mail = MailWith(SesAttachment.FromBytes("invoice.pdf", Pdf));
        mail.TextBody = string.Concat(Enumerable.Repeat("A long line without any break at all. ", 60));

        await ses.CreateService().SendAsync(mail);

        var text = ses.SentText();
        var lines = text.Split("\r\n");
        Assert.Multiple(() =>
        {
            Assert.That(text.Replace("\r\n", string.Empty, StringComparison.Ordinal), Does.Not.Contain("\n").And.Not.Contain("\r"));
            Assert.That(lines.Max(l => l.Length), Is.LessThanOrEqualTo(78));
        });
    }

    [Test]
    public async Task SendAsync_RawMail_IsSevenBitAscii()
    {
        var ses = new MockedSes().AnswerRaw();
        var mail = MailWith(SesAttachment.FromBytes("Rechnung März.pdf", Pdf));
        mail.Subject = "Grüße";
        mail.TextBody = "Hällo wörld – 東京 😀";

        await ses.CreateService().SendAsync(mail);

        Assert.That(ses.RawSends.Single().Data, Has.All.LessThan((byte)0x80));
    }

    internal static byte[] Decode(MimePart part)
    {
        using var output = new MemoryStream();
        part.Content!.DecodeTo(output);
        return output.ToArray();
    }

    internal static byte[] MakeBinary(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    /// <summary>A stream that can only be read forward.</summary>
    private sealed class ForwardOnlyStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;

        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();

        public override long Position
        {
            get => base.Position;
            set => throw new NotSupportedException();
        }

        public override long Length => throw new NotSupportedException();
    }
}
