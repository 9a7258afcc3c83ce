using System.Net;
using System.Net.Http.Json;
using MimeKit;
using Moq;
using Ses.Wrapper.Sample.Web.Tests.TestSupport;
using Ses.Wrapper.SimpleEmail.Model;
using Multipart = Ses.Wrapper.Sample.Web.Tests.TestSupport.Multipart;

namespace Ses.Wrapper.Sample.Web.Tests.Mocked;

/// <summary>
/// The MIME message the real <see cref="ISesService"/> hands the (mocked) SES API client for a mail with attachments
/// sent through the sample, parsed back with MimeKit.
/// </summary>
[TestFixture]
public sealed class RawMimeTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private MockedClientFactory factory = null!;
    private HttpClient client = null!;
    private byte[]? raw;

    [OneTimeSetUp]
    public void StartApp()
    {
        factory = new MockedClientFactory();
        client = factory.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopAppAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
    }

    [SetUp]
    public void CaptureRawMessage()
    {
        factory.Client.Reset();
        raw = null;
        factory.Client.Setup(c => c.SendRawEmailAsync(It.IsAny<SendRawEmailRequest>(), It.IsAny<CancellationToken>()))
            .Callback<SendRawEmailRequest, CancellationToken>((request, _) => raw = request.RawMessage!.Data!.ToArray())
            .ReturnsAsync(new SendRawEmailResponse { MessageId = "raw-1" });
    }

    [Test]
    public async Task PostMail_Attachments_GoOutAsRawMimeByteIdentical()
    {
        using var response = await client.PostAsJsonAsync("/mail", new
        {
            source = "s@example.com",
            to = new[] { "a@example.com" },
            subject = "s",
            textBody = "t",
            attachments = new[]
            {
                new { fileName = "data.bin", contentBase64 = Convert.ToBase64String(AttachmentData.Binary) },
                new { fileName = "notes.txt", contentBase64 = Convert.ToBase64String(AttachmentData.TextBytes) },
            },
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var message = Parse();
        Assert.Multiple(() =>
        {
            Assert.That(Content(message, "data.bin"), Is.EqualTo(AttachmentData.Binary));
            Assert.That(Content(message, "notes.txt"), Is.EqualTo(AttachmentData.TextBytes));
        });
    }

    [Test]
    public async Task PostMultipart_InlineImageWithHtmlBody_IsARelatedPartWithItsContentId()
    {
        using var form = Multipart.Form(("source", "s@example.com"), ("to", "a@example.com"), ("subject", "s"), ("htmlBody", "<img src=\"cid:logo\">"))
            .AddFile(Png, "logo.png", "image/png", "<logo>");

        using var response = await client.PostAsync("/mail/multipart", form);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var message = Parse();
        var related = message.BodyParts.OfType<MimePart>().Single(p => p.ContentId == "logo");
        Assert.Multiple(() =>
        {
            Assert.That(message.Body, Is.InstanceOf<MultipartRelated>());
            Assert.That(Bytes(related), Is.EqualTo(Png));
        });
    }

    [Test]
    public async Task PostMultipart_InlineImageWithoutHtmlBody_IsStillSentWithItsContentId()
    {
        using var form = Multipart.Form(("source", "s@example.com"), ("to", "a@example.com"), ("subject", "s"), ("textBody", "t"))
            .AddFile(Png, "logo.png", "image/png", "<logo>");

        using var response = await client.PostAsync("/mail/multipart", form);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var message = Parse();
        var part = message.BodyParts.OfType<MimePart>().SingleOrDefault(p => p.ContentId == "logo");
        Assert.That(part is null ? null : Bytes(part), Is.EqualTo(Png));
    }

    private MimeMessage Parse()
    {
        Assert.That(raw, Is.Not.Null, "SendRawEmail was not called.");
        return MimeMessage.Load(new MemoryStream(raw!));
    }

    private static byte[] Content(MimeMessage message, string fileName) =>
        Bytes(message.BodyParts.OfType<MimePart>().Single(p => p.FileName == fileName));

    private static byte[] Bytes(MimePart part)
    {
        using var content = new MemoryStream();
        Assert.That(part.Content, Is.Not.Null, $"{part.FileName} has no content.");
        part.Content!.DecodeTo(content);
        return content.ToArray();
    }
}
