using Moq;
using Ses.Wrapper.SimpleEmail.Model;
using Ses.Wrapper.Tests.TestSupport;

namespace Ses.Wrapper.Tests.Facade.Mime;

/// <summary>SES's size limit (10 MiB of base64 of the raw message) is checked before any request.</summary>
[TestFixture]
public sealed class SesServiceMessageSizeTests
{
    private static SesMail MailWithAttachment(int bytes) => new()
    {
        Source = "sender@example.com",
        To = ["to@example.com"],
        Subject = "Big",
        TextBody = "See attachment.",
        Attachments = [SesAttachment.FromBytes("big.bin", new byte[bytes])],
    };

    [Test]
    public void SendAsync_NineMegabyteAttachment_ThrowsTooLargeBeforeAnyRequest()
    {
        var ses = new MockedSes();

        var error = Assert.ThrowsAsync<SesMessageTooLargeException>(() => ses.CreateService().SendAsync(MailWithAttachment(9 * 1024 * 1024)));

        Assert.Multiple(() =>
        {
            Assert.That(error!.ParamName, Is.EqualTo("mail"));
            Assert.That(error.Limit, Is.EqualTo(10 * 1024 * 1024));
            Assert.That(error.Size, Is.EqualTo((error.MessageSize + 2) / 3 * 4));
            Assert.That(error.MessageSize, Is.GreaterThan(9 * 1024 * 1024 * 4L / 3));
            Assert.That(error.Message, Does.Contain(error.Size.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)).And.Contain("10,485,760"));
            ses.Client.Verify(c => c.SendRawEmailAsync(It.IsAny<SendRawEmailRequest>(), It.IsAny<CancellationToken>()), Times.Never);
        });
    }

    [Test]
    public void SendAsync_TooLarge_IsAnArgumentException()
    {
        var ses = new MockedSes();
        ses.Options.MaxRawMessageSize = 1000;

        Assert.ThrowsAsync(Is.InstanceOf<ArgumentException>(), () => ses.CreateService().SendAsync(MailWithAttachment(1000)));
    }

    [Test]
    public async Task SendAsync_MessageJustUnderTheLimit_IsSent()
    {
        var probe = new MockedSes().AnswerRaw();
        await probe.CreateService().SendAsync(MailWithAttachment(3000));
        var ses = new MockedSes().AnswerRaw();
        ses.Options.MaxRawMessageSize = ((probe.RawSends.Single().Data.Length + 2) / 3 * 4) + 16;

        await ses.CreateService().SendAsync(MailWithAttachment(3000));

        Assert.That(ses.RawSends, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task SendAsync_MessageJustOverTheLimit_ThrowsWithTheSizes()
    {
        var probe = new MockedSes().AnswerRaw();
        await probe.CreateService().SendAsync(MailWithAttachment(3000));
        var raw = probe.RawSends.Single().Data.Length;
        var ses = new MockedSes();
        ses.Options.MaxRawMessageSize = ((raw + 2) / 3 * 4) - 16;

        var error = Assert.ThrowsAsync<SesMessageTooLargeException>(() => ses.CreateService().SendAsync(MailWithAttachment(3000)));

        Assert.Multiple(() =>
        {
            Assert.That(error!.MessageSize, Is.EqualTo(raw).Within(8), "the Message-Id's length varies by a few bytes");
            Assert.That(error.Size, Is.EqualTo((error.MessageSize + 2) / 3 * 4));
            Assert.That(error.Limit, Is.EqualTo(ses.Options.MaxRawMessageSize));
        });
    }

    [TestCase(3000, 4000)]
    [TestCase(3001, 4004)]
    [TestCase(3002, 4004)]
    public void SesMessageTooLargeException_MessageSize_CountsItsBase64Length(long messageSize, long expected)
    {
        var error = new SesMessageTooLargeException(messageSize, 100, "mail");

        Assert.Multiple(() =>
        {
            Assert.That(error.Size, Is.EqualTo(expected));
            Assert.That(error.ParamName, Is.EqualTo("mail"));
        });
    }

    [Test]
    public void SendRawAsync_TooLargeMimeMessage_ThrowsNamingMessage()
    {
        var ses = new MockedSes();
        ses.Options.MaxRawMessageSize = 100;
        var message = new MimeKit.MimeMessage { Subject = "x", Body = new MimeKit.TextPart("plain") { Text = new string('a', 500) } };
        message.From.Add(MimeKit.MailboxAddress.Parse("sender@example.com"));
        message.To.Add(MimeKit.MailboxAddress.Parse("to@example.com"));

        var error = Assert.ThrowsAsync<SesMessageTooLargeException>(() => ses.CreateService().SendRawAsync(message));

        Assert.That(error!.ParamName, Is.EqualTo("message"));
    }
}
