using System.Net;
using System.Net.Http.Json;
using Moq;
using Ses.Wrapper.Sample.Web.Tests.TestSupport;

namespace Ses.Wrapper.Sample.Web.Tests.Mocked;

/// <summary>POST /mail/multipart (form fields and file parts) with a mocked <see cref="ISesService"/>.</summary>
[TestFixture]
public sealed class MultipartEndpointTests : MockedSesEndpointTests
{
    [Test]
    public async Task PostMultipart_ServiceSends_Returns200WithMessageIdAndRequestId()
    {
        SentMail.Capture(Factory.Ses);
        using var form = Multipart.MinimalMail().AddFile("x"u8.ToArray(), "x.txt");

        using var response = await Client.PostAsync("/mail/multipart", form);

        var body = await Problem.ReadAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(body.GetProperty("messageId").GetString(), Is.EqualTo("msg-1"));
            Assert.That(body.GetProperty("requestId").GetString(), Is.EqualTo("req-1"));
        });
    }

    [Test]
    public async Task PostMultipart_EveryFormField_ReachesSendAsync()
    {
        var sent = SentMail.Capture(Factory.Ses);
        using var form = Multipart.Form(
            ("source", "\"Shop\" <shop@example.com>"),
            ("to", "to1@example.com"),
            ("to", "to2@example.com"),
            ("cc", "cc@example.com"),
            ("bcc", "bcc@example.com"),
            ("replyTo", "reply@example.com"),
            ("returnPath", "bounces@example.com"),
            ("subject", "Grüße 📧"),
            ("textBody", "text\r\nline 2"),
            ("htmlBody", "<p>html</p>"),
            ("configurationSetName", "set-1"),
            ("tags[campaign]", "spring"));

        using var response = await Client.PostAsync("/mail/multipart", form);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var mail = sent.Mail!;
        Assert.Multiple(() =>
        {
            Assert.That(mail.Source, Is.EqualTo("\"Shop\" <shop@example.com>"));
            Assert.That(mail.To, Is.EqualTo(new[] { "to1@example.com", "to2@example.com" }));
            Assert.That(mail.Cc, Is.EqualTo(new[] { "cc@example.com" }));
            Assert.That(mail.Bcc, Is.EqualTo(new[] { "bcc@example.com" }));
            Assert.That(mail.ReplyTo, Is.EqualTo(new[] { "reply@example.com" }));
            Assert.That(mail.ReturnPath, Is.EqualTo("bounces@example.com"));
            Assert.That(mail.Subject, Is.EqualTo("Grüße 📧"));
            Assert.That(mail.TextBody, Is.EqualTo("text\r\nline 2"));
            Assert.That(mail.HtmlBody, Is.EqualTo("<p>html</p>"));
            Assert.That(mail.ConfigurationSetName, Is.EqualTo("set-1"));
            Assert.That(mail.Tags, Is.EqualTo(new Dictionary<string, string> { ["campaign"] = "spring" }));
            Assert.That(mail.Attachments, Is.Empty);
        });
    }

    [Test]
    public async Task PostMultipart_OmittedFields_ReachSendAsyncEmptyAndNull()
    {
        var sent = SentMail.Capture(Factory.Ses);
        using var form = Multipart.Form(("bcc", "b@example.com"), ("subject", "s"), ("textBody", "t"));

        using var response = await Client.PostAsync("/mail/multipart", form);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.Multiple(() =>
        {
            Assert.That(sent.Mail!.Source, Is.Null);
            Assert.That(sent.Mail.To, Is.Empty);
            Assert.That(sent.Mail.Cc, Is.Empty);
            Assert.That(sent.Mail.ReplyTo, Is.Empty);
            Assert.That(sent.Mail.Tags, Is.Empty);
            Assert.That(sent.Mail.HtmlBody, Is.Null);
        });
    }

    [Test]
    public async Task PostMultipart_BinaryFile_ReachesSendAsyncByteIdentical()
    {
        var sent = SentMail.Capture(Factory.Ses);
        using var form = Multipart.MinimalMail().AddFile(AttachmentData.Binary, "data.bin", "application/octet-stream");

        using var response = await Client.PostAsync("/mail/multipart", form);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(sent.Attachments.Single().Content, Is.EqualTo(AttachmentData.Binary));
    }

    [Test]
    public async Task PostMultipart_LargeFile_ReachesSendAsyncByteIdentical()
    {
        // Larger than the 64 KB ASP.NET Core keeps in memory: the part is buffered to a temporary file.
        var large = new byte[300_000];
        new Random(7).NextBytes(large);
        var sent = SentMail.Capture(Factory.Ses);
        using var form = Multipart.MinimalMail().AddFile(large, "large.bin");

        using var response = await Client.PostAsync("/mail/multipart", form);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(sent.Attachments.Single().Content, Is.EqualTo(large));
    }

    [Test]
    public async Task PostMultipart_TextFile_ReachesSendAsyncByteIdentical()
    {
        var sent = SentMail.Capture(Factory.Ses);
        using var form = Multipart.MinimalMail().AddFile(AttachmentData.TextBytes, "notes.txt", "text/plain; charset=utf-8");

        using var response = await Client.PostAsync("/mail/multipart", form);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(sent.Attachments.Single().Content, Is.EqualTo(AttachmentData.TextBytes));
    }

    [Test]
    public async Task PostMultipart_TwoFiles_ReachSendAsyncInFormOrder()
    {
        var sent = SentMail.Capture(Factory.Ses);
        using var form = Multipart.MinimalMail().AddFile("b"u8.ToArray(), "b.txt").AddFile("a"u8.ToArray(), "a.txt");

        using var response = await Client.PostAsync("/mail/multipart", form);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(sent.Attachments.Select(a => a.FileName), Is.EqualTo(new[] { "b.txt", "a.txt" }));
    }

    [Test]
    public async Task PostMultipart_PartContentType_IsTheAttachmentType()
    {
        var sent = SentMail.Capture(Factory.Ses);
        using var form = Multipart.MinimalMail().AddFile("a;b"u8.ToArray(), "lines.dat", "text/csv");

        using var response = await Client.PostAsync("/mail/multipart", form);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(sent.Attachments.Single().ContentType, Is.EqualTo("text/csv"));
    }

    [TestCase("application/octet-stream")]
    [TestCase(null)]
    public async Task PostMultipart_OctetStreamOrNoPartContentType_TypeComesFromFileName(string? partType)
    {
        var sent = SentMail.Capture(Factory.Ses);
        using var form = Multipart.MinimalMail().AddFile("%PDF"u8.ToArray(), "invoice.pdf", partType);

        using var response = await Client.PostAsync("/mail/multipart", form);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(sent.Attachments.Single().ContentType, Is.EqualTo("application/pdf"));
    }

    [TestCase("<logo>")]
    [TestCase("logo")]
    public async Task PostMultipart_ContentIdHeader_ReachesSendAsyncAsInlineAttachment(string header)
    {
        var sent = SentMail.Capture(Factory.Ses);
        using var form = Multipart.MinimalMail().AddFile("png"u8.ToArray(), "logo.png", "image/png", header);

        using var response = await Client.PostAsync("/mail/multipart", form);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(sent.Attachments.Single().ContentId, Is.EqualTo("logo"));
    }

    [Test]
    public async Task PostMultipart_FileNameWithPath_KeepsTheLastSegment()
    {
        var sent = SentMail.Capture(Factory.Ses);
        using var form = Multipart.MinimalMail().AddFile("x"u8.ToArray(), @"C:\Users\jane\report.txt");

        using var response = await Client.PostAsync("/mail/multipart", form);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(sent.Attachments.Single().FileName, Is.EqualTo("report.txt"));
    }

    [Test]
    public async Task PostMultipart_FilePartWithAnotherName_Returns400NamingThePart()
    {
        using var form = Multipart.MinimalMail().AddFile("x"u8.ToArray(), "x.txt", partName: "file");

        using var response = await Client.PostAsync("/mail/multipart", form);

        await AssertInvalidAsync(response, "file", "The file part 'file' is not expected: send files as parts named 'attachments'.");
    }

    [Test]
    public async Task PostMultipart_InvalidPartContentType_Returns400NamingContentType()
    {
        using var form = Multipart.MinimalMail().AddFile("x"u8.ToArray(), "ok.txt").AddFile("x"u8.ToArray(), "x.bin", "x-unknown/");

        using var response = await Client.PostAsync("/mail/multipart", form);

        await AssertInvalidAsync(response, "attachments[1].contentType", "attachments[1].contentType: The content type 'x-unknown/' is not a valid MIME type such as 'application/pdf'.");
    }

    [Test]
    public async Task PostMultipart_InvalidContentIdHeader_Returns400NamingContentId()
    {
        using var form = Multipart.MinimalMail().AddFile("x"u8.ToArray(), "logo.png", "image/png", "<two words>");

        using var response = await Client.PostAsync("/mail/multipart", form);

        var problem = await Problem.ReadAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(Problem.ErrorFields(problem), Is.EqualTo(new[] { "attachments[0].contentId" }));
            Assert.That(Factory.Ses.Invocations, Is.Empty);
        });
    }

    [Test]
    public async Task PostMultipart_ServiceRefusesAField_Returns400NamingIt()
    {
        Factory.Ses.Setup(s => s.SendAsync(It.IsAny<SesMail>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ArgumentException("mail.To[0] 'x' is not a valid email address.", "mail.To[0]"));
        using var form = Multipart.Form(("to", "x"), ("subject", "s"), ("textBody", "t"));

        using var response = await Client.PostAsync("/mail/multipart", form);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "to[0]");
    }

    [Test]
    public async Task PostMultipart_ServiceThrowsTooLarge_Returns413WithSizes()
    {
        Factory.Ses.Setup(s => s.SendAsync(It.IsAny<SesMail>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new SesMessageTooLargeException(9_000_000, 10_485_760, "mail"));
        using var form = Multipart.MinimalMail().AddFile("x"u8.ToArray(), "x.bin");

        using var response = await Client.PostAsync("/mail/multipart", form);

        var problem = await Problem.ReadAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
            Assert.That(problem.GetProperty("size").GetInt64(), Is.EqualTo(12_000_000));
            Assert.That(problem.GetProperty("messageSize").GetInt64(), Is.EqualTo(9_000_000));
            Assert.That(problem.GetProperty("limit").GetInt64(), Is.EqualTo(10_485_760));
        });
    }

    [Test]
    public async Task PostMultipart_SesException_ReturnsMappedStatus()
    {
        Factory.Ses.Setup(s => s.SendAsync(It.IsAny<SesMail>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new SesException("Email address is not verified.", SesErrorKind.Rejected, "MessageRejected"));
        using var form = Multipart.MinimalMail().AddFile("x"u8.ToArray(), "x.bin");

        using var response = await Client.PostAsync("/mail/multipart", form);

        var problem = await Problem.ReadAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem.GetProperty("sesErrorCode").GetString(), Is.EqualTo("MessageRejected"));
        });
    }

    [Test]
    public async Task PostMultipart_JsonBody_Returns415WithoutSending()
    {
        using var response = await Client.PostAsJsonAsync("/mail/multipart", new { to = new[] { "a@example.com" }, subject = "s", textBody = "t" });

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
            Assert.That(Factory.Ses.Invocations, Is.Empty);
        });
    }

    [Test]
    public async Task PostMail_MultipartBody_Returns415WithoutSending()
    {
        using var form = Multipart.MinimalMail();

        using var response = await Client.PostAsync("/mail", form);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
            Assert.That(Factory.Ses.Invocations, Is.Empty);
        });
    }

    private async Task AssertInvalidAsync(HttpResponseMessage response, string field, string message)
    {
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest, field);
        Assert.Multiple(() =>
        {
            Assert.That(problem.GetProperty("errors").GetProperty(field)[0].GetString(), Is.EqualTo(message));
            Assert.That(Factory.Ses.Invocations, Is.Empty);
        });
    }

    private static async Task<System.Text.Json.JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        var problem = await Problem.ReadAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(status));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(Problem.ErrorFields(problem), Is.EqualTo(new[] { field }));
        });
        return problem;
    }
}
