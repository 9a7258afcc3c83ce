using MimeKit;
using Moq;
using Ses.Wrapper.SimpleEmail.Model;
using Ses.Wrapper.Tests.TestSupport;

namespace Ses.Wrapper.Tests.Facade.Mime;

/// <summary>Non-ASCII in raw mail: encoded words that decode to the original, punycode domains, UTF-8 bodies; SMTPUTF8 refused.</summary>
[TestFixture]
public sealed class SesServiceInternationalMailTests
{
    private static SesMail Mail() => new()
    {
        Source = "\"Jörg Müller\" <joerg@bücher.example>",
        To = ["\"Zoë Ŧest 東京\" <zoe@例え.jp>"],
        Subject = "Grüße aus Köln – 東京 😀 and a fairly long subject line that has to be folded somewhere",
        TextBody = "Hällo wörld – 東京 😀\nsecond line",
        HtmlBody = "<p>Hällo wörld – 東京 😀</p>",
        Attachments = [SesAttachment.FromBytes("Rechnung März ü.pdf", new byte[] { 1, 2, 3 })],
    };

    [Test]
    public async Task SendAsync_NonAsciiSubject_IsAnEncodedWordThatDecodesToTheOriginal()
    {
        var ses = new MockedSes().AnswerRaw();

        await ses.CreateService().SendAsync(Mail());

        Assert.Multiple(() =>
        {
            Assert.That(ses.SentText(), Does.Contain("Subject: =?utf-8?"));
            Assert.That(ses.SentMessage().Subject, Is.EqualTo(Mail().Subject));
        });
    }

    [Test]
    public async Task SendAsync_NonAsciiDisplayNames_DecodeToTheOriginal()
    {
        var ses = new MockedSes().AnswerRaw();

        await ses.CreateService().SendAsync(Mail());

        var message = ses.SentMessage();
        Assert.Multiple(() =>
        {
            Assert.That(message.From.Mailboxes.Single().Name, Is.EqualTo("Jörg Müller"));
            Assert.That(message.To.Mailboxes.Single().Name, Is.EqualTo("Zoë Ŧest 東京"));
        });
    }

    [Test]
    public async Task SendAsync_IdnDomains_ArePunycodeInHeadersAndEnvelope()
    {
        var ses = new MockedSes().AnswerRaw();

        await ses.CreateService().SendAsync(Mail());

        var (request, _) = ses.RawSends.Single();
        var text = ses.SentText();
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("<joerg@xn--bcher-kva.example>"));
            Assert.That(text, Does.Contain("<zoe@xn--r8jz45g.jp>"));
            Assert.That(request.Source, Is.EqualTo("joerg@xn--bcher-kva.example"));
            Assert.That(request.Destinations, Is.EqualTo(new[] { "zoe@xn--r8jz45g.jp" }));
        });
    }

    [Test]
    public async Task SendAsync_Utf8Bodies_AreUtf8WithATransferEncodingAndDecodeToTheOriginal()
    {
        var ses = new MockedSes().AnswerRaw();

        await ses.CreateService().SendAsync(Mail());

        var message = ses.SentMessage();
        var plain = message.BodyParts.OfType<TextPart>().Single(p => p.IsPlain);
        var html = message.BodyParts.OfType<TextPart>().Single(p => p.IsHtml);
        Assert.Multiple(() =>
        {
            Assert.That(plain.ContentType.Charset, Is.EqualTo("utf-8"));
            Assert.That(plain.ContentTransferEncoding, Is.AnyOf(ContentEncoding.QuotedPrintable, ContentEncoding.Base64));
            Assert.That(html.ContentTransferEncoding, Is.AnyOf(ContentEncoding.QuotedPrintable, ContentEncoding.Base64));
            Assert.That(plain.Text.ReplaceLineEndings("\n"), Is.EqualTo("Hällo wörld – 東京 😀\nsecond line"));
            Assert.That(html.Text, Is.EqualTo("<p>Hällo wörld – 東京 😀</p>"));
        });
    }

    [Test]
    public async Task SendAsync_MostlyAsciiBody_IsQuotedPrintable()
    {
        var ses = new MockedSes().AnswerRaw();
        var mail = Mail();
        mail.TextBody = "Dear customer, please find your invoice attached. Kind regards, Jörg";

        await ses.CreateService().SendAsync(mail);

        Assert.That(ses.SentMessage().BodyParts.OfType<TextPart>().Single(p => p.IsPlain).ContentTransferEncoding, Is.EqualTo(ContentEncoding.QuotedPrintable));
    }

    [Test]
    public async Task SendAsync_NonAsciiAttachmentName_DecodesToTheOriginal()
    {
        var ses = new MockedSes().AnswerRaw();

        await ses.CreateService().SendAsync(Mail());

        Assert.That(ses.SentMessage().Attachments.OfType<MimePart>().Single().FileName, Is.EqualTo("Rechnung März ü.pdf"));
    }

    [TestCase("To")]
    [TestCase("Cc")]
    [TestCase("Bcc")]
    public void SendAsync_NonAsciiLocalPart_ThrowsArgumentExceptionNamingTheField(string field)
    {
        var ses = new MockedSes();
        var mail = Mail();
        var list = field switch { "To" => mail.To, "Cc" => mail.Cc, _ => mail.Bcc };
        list.Add("jörg@example.com");
        var index = list.Count - 1;

        var error = Assert.ThrowsAsync<ArgumentException>(() => ses.CreateService().SendAsync(mail));

        Assert.Multiple(() =>
        {
            Assert.That(error!.ParamName, Is.EqualTo($"mail.{field}[{index}]"));
            Assert.That(error.Message, Does.Contain("SMTPUTF8").And.Contain("jörg@example.com"));
        });
    }

    [Test]
    public void SendAsync_NonAsciiLocalPartInSource_ThrowsNamingMailSource()
    {
        var ses = new MockedSes();
        var mail = Mail();
        mail.Source = "jörg@example.com";

        var error = Assert.ThrowsAsync<ArgumentException>(() => ses.CreateService().SendAsync(mail));

        Assert.That(error!.ParamName, Is.EqualTo("mail.Source"));
    }

    [Test]
    public void SendAsync_NonAsciiLocalPartWithoutAttachments_IsRefusedToo()
    {
        var ses = new MockedSes();
        var mail = Mail();
        mail.Attachments.Clear();
        mail.To[0] = "ñandú@example.com";

        var error = Assert.ThrowsAsync<ArgumentException>(() => ses.CreateService().SendAsync(mail));

        Assert.That(error!.ParamName, Is.EqualTo("mail.To[0]"));
    }

    [Test]
    public async Task SendAsync_PlainMailWithInternationalAddresses_SendsEncodedNamesAndPunycodeDomains()
    {
        var ses = new MockedSes();
        SendEmailRequest? sent = null;
        ses.Client.Setup(c => c.SendEmailAsync(It.IsAny<SendEmailRequest>(), It.IsAny<CancellationToken>()))
            .Callback<SendEmailRequest, CancellationToken>((r, _) => sent = r)
            .ReturnsAsync(MockedSes.WithRequestId(new SendEmailResponse { MessageId = "m" }));
        var mail = Mail();
        mail.Attachments.Clear();
        mail.Cc.Add("plain@example.com");

        await ses.CreateService().SendAsync(mail);

        Assert.Multiple(() =>
        {
            Assert.That(sent!.Source, Does.StartWith("=?utf-8?").And.EndWith("<joerg@xn--bcher-kva.example>"));
            Assert.That(MailboxAddress.Parse(sent.Source!).Name, Is.EqualTo("Jörg Müller"));
            Assert.That(sent.Destination!.ToAddresses.Single(), Does.EndWith("<zoe@xn--r8jz45g.jp>"));
            Assert.That(sent.Destination.CcAddresses.Single(), Is.EqualTo("plain@example.com"));
        });
    }
}
