using System.Net;
using System.Text;
using Amazon.Runtime;
using MimeKit;
using Moq;
using Ses.Wrapper.SimpleEmail.Model;
using Ses.Wrapper.Tests.TestSupport;

namespace Ses.Wrapper.Tests.Facade.Mime;

/// <summary>SendRawAsync: a caller's MimeMessage or RFC 5322 stream, its envelope, Bcc handling and errors.</summary>
[TestFixture]
public sealed class SesServiceSendRawTests
{
    private const string Eml =
        "From: Sender <sender@example.com>\r\n" +
        "To: to@example.com\r\n" +
        "Cc: cc@example.com\r\n" +
        "Bcc: secret@example.com\r\n" +
        "Subject: From a file\r\n" +
        "MIME-Version: 1.0\r\n" +
        "Content-Type: text/plain; charset=utf-8\r\n" +
        "Content-Transfer-Encoding: 8bit\r\n" +
        "\r\n" +
        "Hällo from an .eml file.\r\n";

    private static MimeMessage Message()
    {
        var message = new MimeMessage { Subject = "Own message", Body = new TextPart("plain") { Text = "Hi." } };
        message.From.Add(new MailboxAddress("Sender", "sender@example.com"));
        message.To.Add(MailboxAddress.Parse("to@example.com"));
        message.Bcc.Add(MailboxAddress.Parse("secret@example.com"));
        return message;
    }

    [Test]
    public async Task SendRawAsync_MimeMessage_DestinationsAreToCcAndBcc()
    {
        var ses = new MockedSes().AnswerRaw();
        var message = Message();
        message.Cc.Add(new GroupAddress("team", [MailboxAddress.Parse("a@example.com"), MailboxAddress.Parse("b@example.com")]));

        await ses.CreateService().SendRawAsync(message);

        Assert.That(ses.RawSends.Single().Request.Destinations, Is.EqualTo(new[] { "to@example.com", "a@example.com", "b@example.com", "secret@example.com" }));
    }

    [Test]
    public async Task SendRawAsync_MimeMessageWithBcc_WritesNoBccHeader()
    {
        var ses = new MockedSes().AnswerRaw();

        await ses.CreateService().SendRawAsync(Message());

        Assert.Multiple(() =>
        {
            Assert.That(ses.SentMessage().Headers.Contains(HeaderId.Bcc), Is.False);
            Assert.That(ses.SentText(), Does.Not.Contain("secret@example.com"));
        });
    }

    [Test]
    public async Task SendRawAsync_ExplicitDestinations_ReplaceTheHeaderRecipients()
    {
        var ses = new MockedSes().AnswerRaw();

        await ses.CreateService().SendRawAsync(Message(), new SesRawSendOptions { Destinations = ["only@example.com", "Name <other@bücher.example>"] });

        Assert.That(ses.RawSends.Single().Request.Destinations, Is.EqualTo(new[] { "only@example.com", "other@xn--bcher-kva.example" }));
    }

    [Test]
    public async Task SendRawAsync_Options_SetSourceConfigurationSetAndTags()
    {
        var ses = new MockedSes().AnswerRaw();
        var sendOptions = new SesRawSendOptions { Source = "bounces@example.com", ConfigurationSetName = "raw-set" };
        sendOptions.Tags["kind"] = "eml";

        await ses.CreateService().SendRawAsync(Message(), sendOptions);

        var request = ses.RawSends.Single().Request;
        Assert.Multiple(() =>
        {
            Assert.That(request.Source, Is.EqualTo("bounces@example.com"));
            Assert.That(request.ConfigurationSetName, Is.EqualTo("raw-set"));
            Assert.That(request.Tags.Select(t => (t.Name, t.Value)), Is.EqualTo(new[] { ("kind", "eml") }));
        });
    }

    [Test]
    public async Task SendRawAsync_NoOptions_TakesTheOptionsConfigurationSetAndNoSource()
    {
        var ses = new MockedSes().AnswerRaw();
        ses.Options.ConfigurationSetName = "default-set";

        await ses.CreateService().SendRawAsync(Message());

        var request = ses.RawSends.Single().Request;
        Assert.Multiple(() =>
        {
            Assert.That(request.ConfigurationSetName, Is.EqualTo("default-set"));
            Assert.That(request.Source, Is.Null);
            Assert.That(request.Tags, Is.Empty);
        });
    }

    [Test]
    public void SendRawAsync_InvalidTag_ThrowsNamingTheTags()
    {
        var ses = new MockedSes();
        var sendOptions = new SesRawSendOptions();
        sendOptions.Tags["bad tag"] = "x";

        var error = Assert.ThrowsAsync<ArgumentException>(() => ses.CreateService().SendRawAsync(Message(), sendOptions));

        Assert.That(error!.ParamName, Is.EqualTo("sendOptions.Tags"));
    }

    [Test]
    public async Task SendRawAsync_MimeMessageWithoutFrom_TakesTheDefaultSource()
    {
        var ses = new MockedSes().AnswerRaw();
        ses.Options.DefaultSource = "default@example.com";
        var message = Message();
        message.From.Clear();

        await ses.CreateService().SendRawAsync(message);

        Assert.That(ses.SentMessage().From.Mailboxes.Single().Address, Is.EqualTo("default@example.com"));
    }

    [Test]
    public void SendRawAsync_MimeMessageWithoutFromOrDefault_ThrowsNamingFrom()
    {
        var ses = new MockedSes();
        var message = Message();
        message.From.Clear();

        var error = Assert.ThrowsAsync<ArgumentException>(() => ses.CreateService().SendRawAsync(message));

        Assert.That(error!.ParamName, Is.EqualTo("message.From"));
    }

    [Test]
    public void SendRawAsync_NoRecipients_ThrowsNamingTo()
    {
        var ses = new MockedSes();
        var message = Message();
        message.To.Clear();
        message.Bcc.Clear();

        var error = Assert.ThrowsAsync<ArgumentException>(() => ses.CreateService().SendRawAsync(message));

        Assert.That(error!.ParamName, Is.EqualTo("message.To"));
    }

    [Test]
    public void SendRawAsync_FiftyOneRecipients_ThrowsNamingTo()
    {
        var ses = new MockedSes();
        var message = Message();
        message.To.AddRange(Enumerable.Range(0, 50).Select(i => MailboxAddress.Parse($"r{i}@example.com")));

        var error = Assert.ThrowsAsync<ArgumentException>(() => ses.CreateService().SendRawAsync(message));

        Assert.Multiple(() =>
        {
            Assert.That(error!.ParamName, Is.EqualTo("message.To"));
            Assert.That(error.Message, Does.Contain("52"));
        });
    }

    [Test]
    public void SendRawAsync_SmtpUtf8Recipient_ThrowsNamingIt()
    {
        var ses = new MockedSes();
        var message = Message();
        message.Cc.Add(new MailboxAddress("Jörg", "jörg@example.com"));

        var error = Assert.ThrowsAsync<ArgumentException>(() => ses.CreateService().SendRawAsync(message));

        Assert.Multiple(() =>
        {
            Assert.That(error!.ParamName, Is.EqualTo("message.Cc[0]"));
            Assert.That(error.Message, Does.Contain("SMTPUTF8"));
        });
    }

    [Test]
    public void SendRawAsync_SmtpUtf8ExplicitDestination_ThrowsNamingIt()
    {
        var ses = new MockedSes();

        var error = Assert.ThrowsAsync<ArgumentException>(() => ses.CreateService().SendRawAsync(Message(), new SesRawSendOptions { Destinations = ["ok@example.com", "ünicode@example.com"] }));

        Assert.That(error!.ParamName, Is.EqualTo("sendOptions.Destinations[1]"));
    }

    [Test]
    public async Task SendRawAsync_EmlStream_SendsItsContentAndBccOnlyInTheEnvelope()
    {
        var ses = new MockedSes().AnswerRaw();

        await ses.CreateService().SendRawAsync(new MemoryStream(Encoding.UTF8.GetBytes(Eml)));

        var message = ses.SentMessage();
        Assert.Multiple(() =>
        {
            Assert.That(message.Subject, Is.EqualTo("From a file"));
            Assert.That(message.TextBody!.TrimEnd(), Is.EqualTo("Hällo from an .eml file."));
            Assert.That(message.Headers.Contains(HeaderId.Bcc), Is.False);
            Assert.That(ses.RawSends.Single().Request.Destinations, Is.EqualTo(new[] { "to@example.com", "cc@example.com", "secret@example.com" }));
            Assert.That(ses.RawSends.Single().Data, Has.All.LessThan((byte)0x80));
        });
    }

    [Test]
    public void SendRawAsync_StreamThatIsNotAMessage_ThrowsArgumentExceptionNamingMessage()
    {
        var ses = new MockedSes();

        var error = Assert.ThrowsAsync<ArgumentException>(() => ses.CreateService().SendRawAsync(new MemoryStream([])));

        Assert.That(error!.ParamName, Is.AnyOf("message", "message.From"));
    }

    [Test]
    public void SendRawAsync_MessageRejected_ThrowsRejectedSesException()
    {
        var ses = new MockedSes();
        ses.Client.Setup(c => c.SendRawEmailAsync(It.IsAny<SendRawEmailRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new MessageRejectedException("Email address is not verified.", null, ErrorType.Sender, "MessageRejected", "req-1", HttpStatusCode.BadRequest));

        var error = Assert.ThrowsAsync<SesException>(() => ses.CreateService().SendRawAsync(Message()));

        Assert.Multiple(() =>
        {
            Assert.That(error!.IsRejected, Is.True);
            Assert.That(error.Code, Is.EqualTo("MessageRejected"));
            Assert.That(error.RequestId, Is.EqualTo("req-1"));
        });
    }

    [Test]
    public async Task SendRawAsync_Success_ReturnsMessageIdAndRequestId()
    {
        var ses = new MockedSes().AnswerRaw();

        var result = await ses.CreateService().SendRawAsync(Message());

        Assert.That(result, Is.EqualTo(new SendResult(MockedSes.MessageId, MockedSes.RequestId)));
    }

    [Test]
    public void SendRawAsync_NullMessage_ThrowsArgumentNullException()
    {
        var ses = new MockedSes();

        var error = Assert.ThrowsAsync<ArgumentNullException>(() => ses.CreateService().SendRawAsync((MimeMessage)null!));

        Assert.That(error!.ParamName, Is.EqualTo("message"));
    }
}
