using System.Net;
using System.Net.Http.Json;
using Moq;
using Ses.Wrapper.Sample.Web.Tests.TestSupport;

namespace Ses.Wrapper.Sample.Web.Tests.Mocked;

/// <summary>POST /mail with <c>attachments</c> (base64 in JSON) and a mocked <see cref="ISesService"/>.</summary>
[TestFixture]
public sealed class JsonAttachmentTests : MockedSesEndpointTests
{
    [Test]
    public async Task PostMail_BinaryAttachment_ReachesSendAsyncByteIdentical()
    {
        var sent = SentMail.Capture(Factory.Ses);

        using var response = await PostMailAsync(new { fileName = "data.bin", contentBase64 = Convert.ToBase64String(AttachmentData.Binary) });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(sent.Attachments.Single().Content, Is.EqualTo(AttachmentData.Binary));
    }

    [Test]
    public async Task PostMail_TextAttachment_ReachesSendAsyncByteIdentical()
    {
        var sent = SentMail.Capture(Factory.Ses);

        using var response = await PostMailAsync(new { fileName = "notes.txt", contentBase64 = Convert.ToBase64String(AttachmentData.TextBytes) });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(sent.Attachments.Single().Content, Is.EqualTo(AttachmentData.TextBytes));
    }

    [Test]
    public async Task PostMail_TwoAttachments_ReachSendAsyncInOrderWithNamesAndTypes()
    {
        var sent = SentMail.Capture(Factory.Ses);

        using var response = await PostMailAsync(
            new { fileName = "invoice.pdf", contentBase64 = "JVBERi0=" },
            new { fileName = "lines.csv", contentBase64 = "YTtiCg==", contentType = "text/csv" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(
            sent.Attachments.Select(a => (a.FileName, a.ContentType, a.ContentId)),
            Is.EqualTo(new (string, string, string?)[] { ("invoice.pdf", "application/pdf", null), ("lines.csv", "text/csv", null) }));
    }

    [Test]
    public async Task PostMail_NoContentType_TypeComesFromFileName()
    {
        var sent = SentMail.Capture(Factory.Ses);

        using var response = await PostMailAsync(new { fileName = "photo.png", contentBase64 = "iVBORw==" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(sent.Attachments.Single().ContentType, Is.EqualTo("image/png"));
    }

    [Test]
    public async Task PostMail_ContentId_ReachesSendAsyncAsInlineAttachment()
    {
        var sent = SentMail.Capture(Factory.Ses);

        using var response = await PostMailAsync(new { fileName = "logo.png", contentBase64 = "iVBORw==", contentId = "logo" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.Multiple(() =>
        {
            Assert.That(sent.Attachments.Single().ContentId, Is.EqualTo("logo"));
            Assert.That(sent.Mail!.Attachments.Single().IsInline, Is.True);
        });
    }

    [Test]
    public async Task PostMail_Base64WithLineBreaks_IsDecoded()
    {
        var sent = SentMail.Capture(Factory.Ses);
        var wrapped = Convert.ToBase64String(AttachmentData.Binary, Base64FormattingOptions.InsertLineBreaks);

        using var response = await PostMailAsync(new { fileName = "data.bin", contentBase64 = wrapped });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(sent.Attachments.Single().Content, Is.EqualTo(AttachmentData.Binary));
    }

    [Test]
    public async Task PostMail_NoAttachments_ReachesSendAsyncWithEmptyAttachments()
    {
        var sent = SentMail.Capture(Factory.Ses);

        using var response = await Client.PostAsJsonAsync("/mail", new { to = new[] { "a@example.com" }, subject = "s", textBody = "t" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(sent.Mail!.Attachments, Is.Empty);
    }

    [Test]
    public async Task PostMail_InvalidBase64_Returns400NamingContentBase64()
    {
        using var response = await PostMailAsync(
            new { fileName = "ok.txt", contentBase64 = "b2s=" },
            new { fileName = "bad.bin", contentBase64 = "not base64!" });

        await AssertInvalidAsync(response, "attachments[1].contentBase64", "attachments[1].contentBase64 is not valid base64.");
    }

    [Test]
    public async Task PostMail_MissingContent_Returns400NamingContentBase64()
    {
        using var response = await PostMailAsync(new { fileName = "empty.txt" });

        await AssertInvalidAsync(response, "attachments[0].contentBase64", "attachments[0].contentBase64 is required: the attachment's content, base64-encoded.");
    }

    [Test]
    public async Task PostMail_MissingFileName_Returns400NamingFileName()
    {
        using var response = await PostMailAsync(new { contentBase64 = "b2s=" });

        await AssertInvalidAsync(response, "attachments[0].fileName", "attachments[0].fileName is required: the file name shown to the recipient.");
    }

    [Test]
    public async Task PostMail_InvalidContentType_Returns400NamingContentType()
    {
        using var response = await PostMailAsync(new { fileName = "a.bin", contentBase64 = "b2s=", contentType = "pdf" });

        await AssertInvalidAsync(response, "attachments[0].contentType", "attachments[0].contentType: The content type 'pdf' is not a valid MIME type such as 'application/pdf'.");
    }

    [Test]
    public async Task PostMail_InvalidContentId_Returns400NamingContentId()
    {
        using var response = await PostMailAsync(new { fileName = "a.png", contentBase64 = "b2s=", contentId = "<logo>" });

        var problem = await Problem.ReadAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(Problem.ErrorFields(problem), Is.EqualTo(new[] { "attachments[0].contentId" }));
            Assert.That(Factory.Ses.Invocations, Is.Empty);
        });
    }

    [Test]
    public async Task PostMail_NullAttachment_Returns400NamingIndex()
    {
        using var response = await Client.PostAsJsonAsync("/mail", new { to = new[] { "a@example.com" }, subject = "s", textBody = "t", attachments = new object?[] { null } });

        await AssertInvalidAsync(response, "attachments[0]", "attachments[0] is null.");
    }

    [Test]
    public async Task PostMail_ServiceRefusesAnAttachment_Returns400NamingIt()
    {
        Factory.Ses.Setup(s => s.SendAsync(It.IsAny<SesMail>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ArgumentException("mail.Attachments[1] repeats the Content-ID 'logo'; each inline attachment needs its own.", "mail.Attachments[1]"));

        using var response = await PostMailAsync(
            new { fileName = "a.png", contentBase64 = "b2s=", contentId = "logo" },
            new { fileName = "b.png", contentBase64 = "b2s=", contentId = "logo" });

        var problem = await Problem.ReadAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(Problem.ErrorFields(problem), Is.EqualTo(new[] { "attachments[1]" }));
        });
    }

    [Test]
    public async Task PostMail_ServiceThrowsTooLarge_Returns413WithSizes()
    {
        Factory.Ses.Setup(s => s.SendAsync(It.IsAny<SesMail>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new SesMessageTooLargeException(8_000_000, 10_485_760, "mail"));

        using var response = await PostMailAsync(new { fileName = "big.bin", contentBase64 = "b2s=" });

        var problem = await Problem.ReadAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo("The mail is too large for SES."));
            Assert.That(
                problem.GetProperty("detail").GetString(),
                Is.EqualTo("The mail is too large for SES: 10,666,668 bytes as SES counts them (the base64 of the 8,000,000-byte MIME message), but the limit is 10,485,760 bytes."));
            Assert.That(problem.GetProperty("size").GetInt64(), Is.EqualTo(10_666_668));
            Assert.That(problem.GetProperty("messageSize").GetInt64(), Is.EqualTo(8_000_000));
            Assert.That(problem.GetProperty("limit").GetInt64(), Is.EqualTo(10_485_760));
        });
    }

    private Task<HttpResponseMessage> PostMailAsync(params object[] attachments) =>
        Client.PostAsJsonAsync("/mail", new { to = new[] { "a@example.com" }, subject = "s", textBody = "t", attachments });

    private async Task AssertInvalidAsync(HttpResponseMessage response, string field, string message)
    {
        var problem = await Problem.ReadAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(Problem.ErrorFields(problem), Is.EqualTo(new[] { field }));
            Assert.That(problem.GetProperty("errors").GetProperty(field)[0].GetString(), Is.EqualTo(message));
            Assert.That(Factory.Ses.Invocations, Is.Empty);
        });
    }
}
