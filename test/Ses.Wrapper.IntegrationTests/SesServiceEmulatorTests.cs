using Ses.Wrapper.IntegrationTests.Emulator;

namespace Ses.Wrapper.IntegrationTests;

/// <summary>Mails sent through <see cref="ISesService"/> (registered with AddSes) arrive in the emulator's /store as sent.</summary>
[TestFixture]
public sealed class SesServiceEmulatorTests
{
    private EmulatorClients clients = null!;

    private static SesEmulator Emulator => EmulatorFixture.Emulator;

    [OneTimeSetUp]
    public void CreateClients() => clients = new EmulatorClients(Emulator.Url);

    [OneTimeTearDown]
    public void DisposeClients() => clients.Dispose();

    [Test]
    public async Task SendAsync_TextBody_ArrivesWithSenderRecipientSubjectAndText()
    {
        var mail = new SesMail { Source = "sender@example.com", To = ["rcpt@example.com"], Subject = "Text only", TextBody = "Hello,\r\nplain text." };

        var stored = await SendAndReadBackAsync(mail);

        Assert.Multiple(() =>
        {
            Assert.That(stored.From, Is.EqualTo("sender@example.com"));
            Assert.That(stored.Destination.To, Is.EqualTo(new[] { "rcpt@example.com" }));
            Assert.That(stored.Subject, Is.EqualTo("Text only"));
            Assert.That(stored.Body.Text, Is.EqualTo("Hello,\r\nplain text."));
        });
    }

    [Test]
    public async Task SendAsync_TextBody_ArrivesWithoutHtml()
    {
        var mail = new SesMail { Source = "sender@example.com", To = ["rcpt@example.com"], Subject = "Text only", TextBody = "plain" };

        var stored = await SendAndReadBackAsync(mail);

        Assert.That(stored.Body.Html, Is.Null);
    }

    [Test]
    public async Task SendAsync_HtmlBody_ArrivesWithHtmlAndNoText()
    {
        const string html = "<html><body><h1>Title</h1><p>A &amp; B &lt;tag&gt;</p></body></html>";
        var mail = new SesMail { Source = "sender@example.com", To = ["rcpt@example.com"], Subject = "HTML only", HtmlBody = html };

        var stored = await SendAndReadBackAsync(mail);

        Assert.Multiple(() =>
        {
            Assert.That(stored.Body.Html, Is.EqualTo(html));
            Assert.That(stored.Body.Text, Is.Null);
        });
    }

    [Test]
    public async Task SendAsync_TextAndHtmlBodies_ArriveBoth()
    {
        var mail = new SesMail { Source = "sender@example.com", To = ["rcpt@example.com"], Subject = "Both", TextBody = "text part", HtmlBody = "<p>html part</p>" };

        var stored = await SendAndReadBackAsync(mail);

        Assert.Multiple(() =>
        {
            Assert.That(stored.Body.Text, Is.EqualTo("text part"));
            Assert.That(stored.Body.Html, Is.EqualTo("<p>html part</p>"));
        });
    }

    [Test]
    public async Task SendAsync_Utf8AndEmojiSubject_ArrivesUnchanged()
    {
        const string subject = "Grüße aus Köln — 東京 📧🚀 ñ";
        var mail = new SesMail { Source = "sender@example.com", To = ["rcpt@example.com"], Subject = subject, TextBody = "x" };

        var stored = await SendAndReadBackAsync(mail);

        Assert.That(stored.Subject, Is.EqualTo(subject));
    }

    [Test]
    public async Task SendAsync_Utf8AndEmojiBodies_ArriveUnchanged()
    {
        const string text = "Zoë's café: 5 € — 日本語 — 👩‍💻 🎉 (ZWJ sequence)";
        const string html = "<p>Zoë's café: 5 € — 日本語 — 👩‍💻 🎉</p>";
        var mail = new SesMail { Source = "sender@example.com", To = ["rcpt@example.com"], Subject = "UTF-8", TextBody = text, HtmlBody = html };

        var stored = await SendAndReadBackAsync(mail);

        Assert.Multiple(() =>
        {
            Assert.That(stored.Body.Text, Is.EqualTo(text));
            Assert.That(stored.Body.Html, Is.EqualTo(html));
        });
    }

    [Test]
    public async Task SendAsync_DisplayNames_ArriveInFromAndTo()
    {
        var mail = new SesMail
        {
            Source = "\"Jane Doe\" <jane@example.com>",
            To = ["\"Smith, John\" <john@example.com>"],
            Subject = "Display names",
            TextBody = "x",
        };

        var stored = await SendAndReadBackAsync(mail);

        Assert.Multiple(() =>
        {
            Assert.That(stored.From, Is.EqualTo("\"Jane Doe\" <jane@example.com>"));
            Assert.That(stored.Destination.To, Is.EqualTo(new[] { "\"Smith, John\" <john@example.com>" }));
        });
    }

    [Test]
    public async Task SendAsync_NoSource_ArrivesFromDefaultSource()
    {
        var mail = new SesMail { To = ["rcpt@example.com"], Subject = "Default sender", TextBody = "x" };

        var stored = await SendAndReadBackAsync(mail);

        Assert.That(stored.From, Is.EqualTo(EmulatorClients.DefaultSource));
    }

    [Test]
    public async Task SendAsync_ReplyTo_ArrivesInReplyTo()
    {
        var mail = new SesMail { Source = "sender@example.com", To = ["rcpt@example.com"], ReplyTo = ["\"Support\" <support@example.com>"], Subject = "Reply-To", TextBody = "x" };

        var stored = await SendAndReadBackAsync(mail);

        Assert.That(stored.ReplyTo, Is.EqualTo(new[] { "\"Support\" <support@example.com>" }));
    }

    [Test]
    public async Task SendAsync_NoReplyTo_ArrivesWithEmptyReplyTo()
    {
        var mail = new SesMail { Source = "sender@example.com", To = ["rcpt@example.com"], Subject = "No Reply-To", TextBody = "x" };

        var stored = await SendAndReadBackAsync(mail);

        Assert.That(stored.ReplyTo, Is.Empty);
    }

    [Test]
    public async Task SendAsync_CcAndBcc_ArriveInTheirLists()
    {
        var mail = new SesMail
        {
            Source = "sender@example.com",
            To = ["to@example.com"],
            Cc = ["cc@example.com"],
            Bcc = ["bcc@example.com"],
            Subject = "Cc and Bcc",
            TextBody = "x",
        };

        var stored = await SendAndReadBackAsync(mail);

        Assert.Multiple(() =>
        {
            Assert.That(stored.Destination.To, Is.EqualTo(new[] { "to@example.com" }));
            Assert.That(stored.Destination.Cc, Is.EqualTo(new[] { "cc@example.com" }));
            Assert.That(stored.Destination.Bcc, Is.EqualTo(new[] { "bcc@example.com" }));
        });
    }

    [Test]
    public async Task SendAsync_BccOnly_ArrivesWithEmptyToAndCc()
    {
        var mail = new SesMail { Source = "sender@example.com", Bcc = ["hidden@example.com"], Subject = "Bcc only", TextBody = "x" };

        var stored = await SendAndReadBackAsync(mail);

        Assert.Multiple(() =>
        {
            Assert.That(stored.Destination.To, Is.Empty);
            Assert.That(stored.Destination.Cc, Is.Empty);
            Assert.That(stored.Destination.Bcc, Is.EqualTo(new[] { "hidden@example.com" }));
        });
    }

    /// <summary>
    /// The emulator keeps only <c>*.member.1</c> of each list (DESIGN.md §5): what arrives is the first address we put
    /// in each list, which proves the order of our marshalling. All members are checked by the wire tests.
    /// </summary>
    [Test]
    public async Task SendAsync_SeveralAddressesPerList_EmulatorKeepsTheFirstOfEach()
    {
        var mail = new SesMail
        {
            Source = "sender@example.com",
            To = ["to1@example.com", "to2@example.com"],
            Cc = ["cc1@example.com", "cc2@example.com"],
            Bcc = ["bcc1@example.com", "bcc2@example.com"],
            ReplyTo = ["reply1@example.com", "reply2@example.com"],
            Subject = "Several",
            TextBody = "x",
        };

        var stored = await SendAndReadBackAsync(mail);

        Assert.Multiple(() =>
        {
            Assert.That(stored.Destination.To, Is.EqualTo(new[] { "to1@example.com" }));
            Assert.That(stored.Destination.Cc, Is.EqualTo(new[] { "cc1@example.com" }));
            Assert.That(stored.Destination.Bcc, Is.EqualTo(new[] { "bcc1@example.com" }));
            Assert.That(stored.ReplyTo, Is.EqualTo(new[] { "reply1@example.com" }));
        });
    }

    [Test]
    public async Task SendAsync_ValidMail_ReturnsTheMessageIdTheEmulatorStored()
    {
        var mail = new SesMail { Source = "sender@example.com", To = ["rcpt@example.com"], Subject = "MessageId", TextBody = "x" };

        var result = await clients.Ses.SendAsync(mail);

        var mails = await Emulator.GetMailsAsync();
        Assert.Multiple(() =>
        {
            Assert.That(result.MessageId, Does.Match("^ses-[0-9]{9}$"));
            Assert.That(mails.Count(m => m.MessageId == result.MessageId), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task SendAsync_ValidMail_ArrivesWithoutAttachments()
    {
        var mail = new SesMail { Source = "sender@example.com", To = ["rcpt@example.com"], Subject = "No attachments", TextBody = "x" };

        var stored = await SendAndReadBackAsync(mail);

        Assert.That(stored.Attachments, Is.Empty);
    }

    private async Task<StoredMail> SendAndReadBackAsync(SesMail mail)
    {
        var result = await clients.Ses.SendAsync(mail);
        return await Emulator.GetMailAsync(result.MessageId);
    }
}
