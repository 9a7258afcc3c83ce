using Moq;
using Ses.Wrapper.SimpleEmail.Model;

namespace Ses.Wrapper.Tests.Facade;

[TestFixture]
public sealed class SesServiceSendTests
{
    private SesServiceHarness harness = null!;

    [SetUp]
    public void SetUp() => harness = new SesServiceHarness().AnswerSend();

    [Test]
    public async Task SendAsync_FullMail_SendsOneRequest()
    {
        await harness.CreateService().SendAsync(FullMail());

        harness.Client.Verify(c => c.SendEmailAsync(It.IsAny<SendEmailRequest>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task SendAsync_FullMail_CopiesSource()
    {
        await harness.CreateService().SendAsync(FullMail());

        Assert.That(harness.SendRequests[0].Source, Is.EqualTo("\"Sender\" <sender@example.com>"));
    }

    [Test]
    public async Task SendAsync_FullMail_CopiesToCcAndBccListsInOrder()
    {
        await harness.CreateService().SendAsync(FullMail());

        var destination = harness.SendRequests[0].Destination!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(destination.ToAddresses, Is.EqualTo(new[] { "to1@example.com", "\"Jane Doe\" <to2@example.com>" }));
            Assert.That(destination.CcAddresses, Is.EqualTo(new[] { "cc1@example.com", "cc2@example.com" }));
            Assert.That(destination.BccAddresses, Is.EqualTo(new[] { "bcc@example.com" }));
        }
    }

    [Test]
    public async Task SendAsync_OnlyTo_SendsEmptyCcAndBccLists()
    {
        await harness.CreateService().SendAsync(SesServiceHarness.ValidMail());

        var destination = harness.SendRequests[0].Destination!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(destination.ToAddresses, Is.EqualTo(new[] { "to@example.com" }));
            Assert.That(destination.CcAddresses, Is.Empty);
            Assert.That(destination.BccAddresses, Is.Empty);
        }
    }

    [Test]
    public async Task SendAsync_FullMail_SetsSubjectWithUtf8Charset()
    {
        await harness.CreateService().SendAsync(FullMail());

        var subject = harness.SendRequests[0].Message!.Subject!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(subject.Data, Is.EqualTo("Grüße aus Zürich – 日本"));
            Assert.That(subject.Charset, Is.EqualTo("UTF-8"));
        }
    }

    [Test]
    public async Task SendAsync_FullMail_SetsTextBodyWithUtf8Charset()
    {
        await harness.CreateService().SendAsync(FullMail());

        var text = harness.SendRequests[0].Message!.Body!.Text!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(text.Data, Is.EqualTo("Hallo Welt, ça va?"));
            Assert.That(text.Charset, Is.EqualTo("UTF-8"));
        }
    }

    [Test]
    public async Task SendAsync_FullMail_SetsHtmlBodyWithUtf8Charset()
    {
        await harness.CreateService().SendAsync(FullMail());

        var html = harness.SendRequests[0].Message!.Body!.Html!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(html.Data, Is.EqualTo("<p>Hallo <b>Welt</b> &amp; ça va?</p>"));
            Assert.That(html.Charset, Is.EqualTo("UTF-8"));
        }
    }

    [Test]
    public async Task SendAsync_TextBodyOnly_LeavesHtmlBodyNull()
    {
        await harness.CreateService().SendAsync(SesServiceHarness.ValidMail());

        var body = harness.SendRequests[0].Message!.Body!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(body.Text!.Data, Is.EqualTo("Hi there."));
            Assert.That(body.Html, Is.Null);
        }
    }

    [Test]
    public async Task SendAsync_HtmlBodyOnly_LeavesTextBodyNull()
    {
        var mail = SesServiceHarness.ValidMail();
        mail.TextBody = null;
        mail.HtmlBody = "<p>Hi</p>";

        await harness.CreateService().SendAsync(mail);

        var body = harness.SendRequests[0].Message!.Body!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(body.Html!.Data, Is.EqualTo("<p>Hi</p>"));
            Assert.That(body.Text, Is.Null);
        }
    }

    [Test]
    public async Task SendAsync_ReplyTo_CopiesReplyToAddresses()
    {
        await harness.CreateService().SendAsync(FullMail());

        Assert.That(harness.SendRequests[0].ReplyToAddresses, Is.EqualTo(new[] { "reply1@example.com", "\"Support\" <reply2@example.com>" }));
    }

    [Test]
    public async Task SendAsync_NoReplyTo_SendsEmptyReplyToList()
    {
        await harness.CreateService().SendAsync(SesServiceHarness.ValidMail());

        Assert.That(harness.SendRequests[0].ReplyToAddresses, Is.Empty);
    }

    [Test]
    public async Task SendAsync_ReturnPath_CopiesReturnPath()
    {
        await harness.CreateService().SendAsync(FullMail());

        Assert.That(harness.SendRequests[0].ReturnPath, Is.EqualTo("bounces@example.com"));
    }

    [Test]
    public async Task SendAsync_NoReturnPath_LeavesReturnPathNull()
    {
        await harness.CreateService().SendAsync(SesServiceHarness.ValidMail());

        Assert.That(harness.SendRequests[0].ReturnPath, Is.Null);
    }

    [Test]
    public async Task SendAsync_Tags_CopiesEveryTagAsMessageTag()
    {
        await harness.CreateService().SendAsync(FullMail());

        var tags = harness.SendRequests[0].Tags.Select(t => (t.Name, t.Value)).ToList();
        Assert.That(tags, Is.EquivalentTo(new[] { ("campaign", "spring-2025"), ("tenant_id", "42") }));
    }

    [Test]
    public async Task SendAsync_NoTags_SendsEmptyTagList()
    {
        await harness.CreateService().SendAsync(SesServiceHarness.ValidMail());

        Assert.That(harness.SendRequests[0].Tags, Is.Empty);
    }

    [Test]
    public async Task SendAsync_ConfigurationSetOnMail_UsesMailConfigurationSet()
    {
        harness.Options.ConfigurationSetName = "from-options";
        var mail = SesServiceHarness.ValidMail();
        mail.ConfigurationSetName = "from-mail";

        await harness.CreateService().SendAsync(mail);

        Assert.That(harness.SendRequests[0].ConfigurationSetName, Is.EqualTo("from-mail"));
    }

    [Test]
    public async Task SendAsync_NoConfigurationSetOnMail_UsesOptionsConfigurationSet()
    {
        harness.Options.ConfigurationSetName = "from-options";

        await harness.CreateService().SendAsync(SesServiceHarness.ValidMail());

        Assert.That(harness.SendRequests[0].ConfigurationSetName, Is.EqualTo("from-options"));
    }

    [Test]
    public async Task SendAsync_NoConfigurationSetAnywhere_LeavesConfigurationSetNull()
    {
        await harness.CreateService().SendAsync(SesServiceHarness.ValidMail());

        Assert.That(harness.SendRequests[0].ConfigurationSetName, Is.Null);
    }

    [Test]
    public async Task SendAsync_NoSource_UsesDefaultSource()
    {
        harness.Options.DefaultSource = "\"No Reply\" <noreply@example.com>";
        var mail = SesServiceHarness.ValidMail();
        mail.Source = null;

        await harness.CreateService().SendAsync(mail);

        Assert.That(harness.SendRequests[0].Source, Is.EqualTo("\"No Reply\" <noreply@example.com>"));
    }

    [Test]
    public async Task SendAsync_SourceAndDefaultSource_UsesMailSource()
    {
        harness.Options.DefaultSource = "noreply@example.com";

        await harness.CreateService().SendAsync(SesServiceHarness.ValidMail());

        Assert.That(harness.SendRequests[0].Source, Is.EqualTo("sender@example.com"));
    }

    [Test]
    public async Task SendAsync_Success_ReturnsMessageIdAndRequestId()
    {
        harness = new SesServiceHarness().AnswerSend("msg-0001", "req-0001");

        var result = await harness.CreateService().SendAsync(SesServiceHarness.ValidMail());

        Assert.That(result, Is.EqualTo(new SendResult("msg-0001", "req-0001")));
    }

    [Test]
    public async Task SendAsync_CallerToken_IsPassedToTheClient()
    {
        using var cts = new CancellationTokenSource();

        await harness.CreateService().SendAsync(SesServiceHarness.ValidMail(), cts.Token);

        Assert.That(harness.Tokens, Is.EqualTo(new[] { cts.Token }));
    }

    [Test]
    public void SendAsync_NullMail_ThrowsArgumentNullException()
    {
        var ex = Assert.ThrowsAsync<ArgumentNullException>(() => harness.CreateService().SendAsync(null!));

        Assert.That(ex.ParamName, Is.EqualTo("mail"));
    }

    private static SesMail FullMail() => new()
    {
        Source = "\"Sender\" <sender@example.com>",
        To = ["to1@example.com", "\"Jane Doe\" <to2@example.com>"],
        Cc = ["cc1@example.com", "cc2@example.com"],
        Bcc = ["bcc@example.com"],
        ReplyTo = ["reply1@example.com", "\"Support\" <reply2@example.com>"],
        ReturnPath = "bounces@example.com",
        Subject = "Grüße aus Zürich – 日本",
        TextBody = "Hallo Welt, ça va?",
        HtmlBody = "<p>Hallo <b>Welt</b> &amp; ça va?</p>",
        Tags = new Dictionary<string, string>(StringComparer.Ordinal) { ["campaign"] = "spring-2025", ["tenant_id"] = "42" },
    };
}
