using System.Net;
using System.Net.Http.Json;
using System.Text;
using Moq;
using Ses.Wrapper.Sample.Web.Tests.TestSupport;

namespace Ses.Wrapper.Sample.Web.Tests.Mocked;

/// <summary>POST /mail with a mocked <see cref="ISesService"/>.</summary>
[TestFixture]
public sealed class SendMailEndpointTests : MockedSesEndpointTests
{
    [Test]
    public async Task PostMail_ServiceSends_Returns200WithMessageIdAndRequestId()
    {
        Factory.Ses.Setup(s => s.SendAsync(It.IsAny<SesMail>(), It.IsAny<CancellationToken>())).ReturnsAsync(new SendResult("msg-1", "req-1"));

        using var response = await Client.PostAsJsonAsync("/mail", new { to = new[] { "a@example.com" }, subject = "Hi", textBody = "x" });

        var body = await Problem.ReadAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(body.GetProperty("messageId").GetString(), Is.EqualTo("msg-1"));
            Assert.That(body.GetProperty("requestId").GetString(), Is.EqualTo("req-1"));
        });
    }

    [Test]
    public async Task PostMail_EveryField_ReachesSendAsync()
    {
        SesMail? sent = null;
        Factory.Ses.Setup(s => s.SendAsync(It.IsAny<SesMail>(), It.IsAny<CancellationToken>()))
            .Callback<SesMail, CancellationToken>((m, _) => sent = m)
            .ReturnsAsync(new SendResult("m", "r"));

        using var response = await Client.PostAsJsonAsync("/mail", new
        {
            source = "\"Shop\" <shop@example.com>",
            to = new[] { "to@example.com" },
            cc = new[] { "cc@example.com" },
            bcc = new[] { "bcc@example.com" },
            replyTo = new[] { "reply@example.com" },
            returnPath = "bounces@example.com",
            subject = "Grüße 📧",
            textBody = "text",
            htmlBody = "<p>html</p>",
            configurationSetName = "set-1",
            tags = new Dictionary<string, string> { ["campaign"] = "spring" },
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.Multiple(() =>
        {
            Assert.That(sent!.Source, Is.EqualTo("\"Shop\" <shop@example.com>"));
            Assert.That(sent.To, Is.EqualTo(new[] { "to@example.com" }));
            Assert.That(sent.Cc, Is.EqualTo(new[] { "cc@example.com" }));
            Assert.That(sent.Bcc, Is.EqualTo(new[] { "bcc@example.com" }));
            Assert.That(sent.ReplyTo, Is.EqualTo(new[] { "reply@example.com" }));
            Assert.That(sent.ReturnPath, Is.EqualTo("bounces@example.com"));
            Assert.That(sent.Subject, Is.EqualTo("Grüße 📧"));
            Assert.That(sent.TextBody, Is.EqualTo("text"));
            Assert.That(sent.HtmlBody, Is.EqualTo("<p>html</p>"));
            Assert.That(sent.ConfigurationSetName, Is.EqualTo("set-1"));
            Assert.That(sent.Tags, Is.EqualTo(new Dictionary<string, string> { ["campaign"] = "spring" }));
        });
    }

    [Test]
    public async Task PostMail_OmittedListsAndSource_ReachSendAsyncEmptyAndNull()
    {
        SesMail? sent = null;
        Factory.Ses.Setup(s => s.SendAsync(It.IsAny<SesMail>(), It.IsAny<CancellationToken>()))
            .Callback<SesMail, CancellationToken>((m, _) => sent = m)
            .ReturnsAsync(new SendResult("m", "r"));

        using var response = await Client.PostAsJsonAsync("/mail", new { bcc = new[] { "b@example.com" }, subject = "s", textBody = "t" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.Multiple(() =>
        {
            Assert.That(sent!.Source, Is.Null);
            Assert.That(sent.To, Is.Empty);
            Assert.That(sent.Cc, Is.Empty);
            Assert.That(sent.ReplyTo, Is.Empty);
            Assert.That(sent.Tags, Is.Empty);
        });
    }

    [Test]
    public async Task PostMail_ServiceThrowsArgumentException_Returns400NamingTheJsonField()
    {
        Factory.Ses.Setup(s => s.SendAsync(It.IsAny<SesMail>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ArgumentException("mail.To[1] 'x' is not a valid email address.", "mail.To[1]"));

        using var response = await Client.PostAsJsonAsync("/mail", new { to = new[] { "a@example.com", "x" }, subject = "s", textBody = "t" });

        var problem = await Problem.ReadAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo(400));
            Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo("The request is invalid."));
            Assert.That(problem.GetProperty("detail").GetString(), Is.EqualTo("mail.To[1] 'x' is not a valid email address."));
            Assert.That(Problem.ErrorFields(problem), Is.EqualTo(new[] { "to[1]" }));
            Assert.That(problem.GetProperty("errors").GetProperty("to[1]")[0].GetString(), Is.EqualTo("mail.To[1] 'x' is not a valid email address."));
        });
    }

    [Test]
    public async Task PostMail_ServiceThrowsArgumentNullException_Returns400NamingTheJsonField()
    {
        Factory.Ses.Setup(s => s.SendAsync(It.IsAny<SesMail>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ArgumentNullException("mail.ReplyTo", "mail.ReplyTo is null."));

        using var response = await Client.PostAsJsonAsync("/mail", new { to = new[] { "a@example.com" }, subject = "s", textBody = "t" });

        var problem = await Problem.ReadAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(Problem.ErrorFields(problem), Is.EqualTo(new[] { "replyTo" }));
        });
    }

    [Test]
    public async Task PostMail_MalformedJson_Returns400WithoutSending()
    {
        using var content = new StringContent("{\"to\": [", Encoding.UTF8, "application/json");

        using var response = await Client.PostAsync("/mail", content);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(Factory.Ses.Invocations, Is.Empty);
        });
    }
}
