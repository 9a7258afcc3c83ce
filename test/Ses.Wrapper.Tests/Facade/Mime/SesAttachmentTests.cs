using Ses.Wrapper.Tests.TestSupport;

namespace Ses.Wrapper.Tests.Facade.Mime;

/// <summary>SesAttachment: content types from file names, argument checks, inline attachments.</summary>
[TestFixture]
public sealed class SesAttachmentTests
{
    [TestCase("report.pdf", "application/pdf")]
    [TestCase("photo.JPG", "image/jpeg")]
    [TestCase("data.csv", "text/csv")]
    [TestCase("archive.zip", "application/zip")]
    [TestCase("noextension", "application/octet-stream")]
    public void FromBytes_NoContentType_TakesItFromTheFileName(string fileName, string expected)
    {
        Assert.That(SesAttachment.FromBytes(fileName, new byte[1]).ContentType, Is.EqualTo(expected));
    }

    [Test]
    public void FromBytes_ContentTypeGiven_KeepsIt()
    {
        Assert.That(SesAttachment.FromBytes("x.bin", new byte[1], "application/vnd.ms-excel").ContentType, Is.EqualTo("application/vnd.ms-excel"));
    }

    [Test]
    public void FromBytes_InvalidContentType_ThrowsNamingContentType()
    {
        var error = Assert.Throws<ArgumentException>(() => SesAttachment.FromBytes("x.bin", new byte[1], "not a type"));

        Assert.That(error!.ParamName, Is.EqualTo("contentType"));
    }

    [TestCase("has space")]
    [TestCase("<angle>")]
    [TestCase("")]
    public void FromBytes_InvalidContentId_ThrowsNamingContentId(string contentId)
    {
        var error = Assert.Throws<ArgumentException>(() => SesAttachment.FromBytes("logo.png", new byte[1], contentId: contentId));

        Assert.That(error!.ParamName, Is.EqualTo("contentId"));
    }

    [Test]
    public void FromBytes_FileNameWithLineBreak_ThrowsNamingFileName()
    {
        var error = Assert.Throws<ArgumentException>(() => SesAttachment.FromBytes("a\r\nBcc: x@example.com", new byte[1]));

        Assert.That(error!.ParamName, Is.EqualTo("fileName"));
    }

    [Test]
    public void FromBytes_ContentId_MakesItInline()
    {
        var attachment = SesAttachment.FromBytes("logo.png", new byte[1], contentId: "logo@example.com");

        Assert.Multiple(() =>
        {
            Assert.That(attachment.IsInline, Is.True);
            Assert.That(attachment.ContentId, Is.EqualTo("logo@example.com"));
            Assert.That(SesAttachment.FromBytes("a.pdf", new byte[1]).IsInline, Is.False);
        });
    }

    [Test]
    public void FromFile_MissingFile_ThrowsFileNotFoundException()
    {
        var path = Path.Combine(Path.GetTempPath(), "ses-wrapper-missing-" + Guid.NewGuid().ToString("N") + ".pdf");

        var error = Assert.Throws<FileNotFoundException>(() => SesAttachment.FromFile(path));

        Assert.That(error!.FileName, Is.EqualTo(path));
    }

    [Test]
    public void FromStream_UnreadableStream_ThrowsNamingContent()
    {
        var stream = new MemoryStream();
        stream.Dispose();

        var error = Assert.Throws<ArgumentException>(() => SesAttachment.FromStream("a.bin", stream));

        Assert.That(error!.ParamName, Is.EqualTo("content"));
    }

    [Test]
    public async Task SendAsync_AttachmentButNoBody_IsSent()
    {
        var ses = new MockedSes().AnswerRaw();

        await ses.CreateService().SendAsync(new SesMail
        {
            Source = "sender@example.com",
            To = ["to@example.com"],
            Subject = "Scan",
            Attachments = [SesAttachment.FromBytes("scan.pdf", new byte[] { 1, 2, 3 })],
        });

        Assert.That(SesServiceAttachmentTests.Decode((MimeKit.MimePart)ses.SentMessage().Attachments.Single()), Is.EqualTo(new byte[] { 1, 2, 3 }));
    }

    [Test]
    public void SendAsync_TwoInlineAttachmentsWithOneContentId_ThrowsNamingTheSecond()
    {
        var ses = new MockedSes();
        var mail = new SesMail
        {
            Source = "sender@example.com",
            To = ["to@example.com"],
            Subject = "Logos",
            HtmlBody = "<img src=\"cid:logo\">",
            Attachments = [SesAttachment.FromBytes("a.png", new byte[1], contentId: "logo"), SesAttachment.FromBytes("b.png", new byte[1], contentId: "logo")],
        };

        var error = Assert.ThrowsAsync<ArgumentException>(() => ses.CreateService().SendAsync(mail));

        Assert.That(error!.ParamName, Is.EqualTo("mail.Attachments[1]"));
    }
}
