using Microsoft.Extensions.Logging;
using Ses.Wrapper.SimpleEmail.Model;
using Ses.Wrapper.Tests.TestSupport;

namespace Ses.Wrapper.Tests.Diagnostics;

/// <summary>The API layer's per-request log events under the category Ses.Wrapper.SimpleEmail.</summary>
public class RequestLoggingTests
{
    [Test]
    public async Task SendEmailAsync_ThrottledThenAccepted_LogsTheRetryAndBothAttempts()
    {
        var handler = new FakeSesHandler()
            .AnswerFixture("Error.Throttling.SendingRate.xml", System.Net.HttpStatusCode.BadRequest)
            .AnswerFixture("SendEmail.xml");
        var logger = new CapturingLogger<RequestLoggingTests>();
        using var client = WireClient.Create(handler, c => c.MaxErrorRetry = 2);
        client.RequestLogger = logger;

        await client.SendEmailAsync(new SendEmailRequest
        {
            Source = "a@example.com",
            Destination = new Destination(["b@example.com"]),
            Message = new Message(new Content("s"), new Body(new Content("t"))),
        });

        var events = logger.Entries.Select(e => e.EventId.Id).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(events, Is.EqualTo(new[] { 1201, 1202, 1200 }));
            Assert.That(logger.Entries.Single(e => e.EventId.Id == 1202).Level, Is.EqualTo(LogLevel.Information));
            Assert.That(logger.Entries.Single(e => e.EventId.Id == 1202).Message, Does.Contain("SendEmail").And.Contain("retry 1"));
            Assert.That(logger.Entries.Single(e => e.EventId.Id == 1201).Message, Does.Contain("Throttling"));
        });
    }

    [Test]
    public async Task GetSendQuotaAsync_Answered_LogsActionEndpointStatusAndNoCredential()
    {
        var handler = new FakeSesHandler().AnswerFixture("GetSendQuota.xml");
        var logger = new CapturingLogger<RequestLoggingTests>();
        using var client = WireClient.Create(handler);
        client.RequestLogger = logger;

        await client.GetSendQuotaAsync(new GetSendQuotaRequest());

        var entry = logger.Entries.Single();
        Assert.Multiple(() =>
        {
            Assert.That(entry.EventId.Id, Is.EqualTo(1200));
            Assert.That(entry.Level, Is.EqualTo(LogLevel.Debug));
            Assert.That(entry.Message, Does.Contain("GetSendQuota").And.Contain("https://email.us-west-2.amazonaws.com/").And.Contain("HTTP 200"));
            Assert.That(entry.Message, Does.Not.Contain(WireClient.SecretKey).And.Not.Contain(WireClient.AccessKeyId));
        });
    }
}
