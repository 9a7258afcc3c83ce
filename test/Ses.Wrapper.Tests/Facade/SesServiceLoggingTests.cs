using System.Net;
using Amazon.Runtime;
using Microsoft.Extensions.Logging;
using Ses.Wrapper.SimpleEmail;

namespace Ses.Wrapper.Tests.Facade;

[TestFixture]
public sealed class SesServiceLoggingTests
{
    private const string Secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzLOGSECRET";
    private const string SessionToken = "FwoGZXIvYXdzEXAMPLESESSIONTOKEN";

    private SesServiceHarness harness = null!;

    [SetUp]
    public void SetUp()
    {
        harness = new SesServiceHarness();
        harness.Options.AccessKeyId = "AKIDEXAMPLE";
        harness.Options.SecretAccessKey = Secret;
        harness.Options.SessionToken = SessionToken;
        harness.Options.DefaultSource = "noreply@example.com";
    }

    [Test]
    public async Task SendAsync_Success_LogsMailSentWithEventId1000()
    {
        harness.AnswerSend("msg-42", "req-42");

        await harness.CreateService().SendAsync(SesServiceHarness.ValidMail());

        var sent = harness.Logger.Entries.Single(e => e.EventId.Id == 1000);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sent.EventId.Name, Is.EqualTo("MailSent"));
            Assert.That(sent.Level, Is.EqualTo(LogLevel.Information));
            Assert.That(sent.State["MessageId"], Is.EqualTo("msg-42"));
            Assert.That(sent.State["RequestId"], Is.EqualTo("req-42"));
            Assert.That(sent.State["RecipientCount"], Is.EqualTo("1"));
        }
    }

    [Test]
    public async Task SendAsync_Success_InformationLogHasNoAddressOrSubject()
    {
        harness.AnswerSend();
        var mail = SesServiceHarness.ValidMail();
        mail.Subject = "Private subject";

        await harness.CreateService().SendAsync(mail);

        var informational = harness.Logger.Entries.Where(e => e.Level >= LogLevel.Information).Select(e => e.AllText);
        Assert.That(informational, Has.None.Contains("to@example.com").And.None.Contains("Private subject"));
    }

    [Test]
    public async Task SendAsync_DebugEnabled_LogsMailSendingWithEventId1001()
    {
        harness.AnswerSend();

        await harness.CreateService().SendAsync(SesServiceHarness.ValidMail());

        var sending = harness.Logger.Entries.Single(e => e.EventId.Id == 1001);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sending.Level, Is.EqualTo(LogLevel.Debug));
            Assert.That(sending.State["Recipients"], Is.EqualTo("to@example.com"));
        }
    }

    [Test]
    public void SendAsync_ServiceError_LogsSesErrorWarningWithEventId1100()
    {
        harness.FailEverything(new AmazonSimpleEmailServiceException("An internal error occurred.", null, ErrorType.Receiver, "InternalFailure", "req-500", HttpStatusCode.InternalServerError));

        Assert.ThrowsAsync<SesException>(() => harness.CreateService().SendAsync(SesServiceHarness.ValidMail()));

        var error = harness.Logger.Entries.Single(e => e.EventId.Id == 1100);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Level, Is.EqualTo(LogLevel.Warning));
            Assert.That(error.State["Code"], Is.EqualTo("InternalFailure"));
            Assert.That(error.State["RequestId"], Is.EqualTo("req-500"));
            Assert.That(error.State["StatusCode"], Is.EqualTo("500"));
        }
    }

    [Test]
    public void SendAsync_Throttled_LogsThrottledWarningWithEventId1101()
    {
        harness.FailEverything(new AmazonSimpleEmailServiceException("Maximum sending rate exceeded.", null, ErrorType.Sender, "Throttling", "req-429", HttpStatusCode.BadRequest));

        Assert.ThrowsAsync<SesException>(() => harness.CreateService().SendAsync(SesServiceHarness.ValidMail()));

        var throttled = harness.Logger.Entries.Single(e => e.EventId.Id == 1101);
        Assert.That(throttled.State["Kind"], Is.EqualTo(nameof(SesErrorKind.SendingRateExceeded)));
    }

    [Test]
    public async Task AnyOutcome_AllLogs_ContainNoSecretKeyOrSessionToken()
    {
        var service = harness.CreateService();
        harness.AnswerSend();
        await service.SendAsync(new SesMail { To = ["to@example.com"], Subject = "s", TextBody = "t" });
        harness.FailEverything(new AmazonSimpleEmailServiceException("The security token included in the request is invalid.", null, ErrorType.Sender, "InvalidClientTokenId", "req-403", HttpStatusCode.Forbidden));
        Assert.ThrowsAsync<SesException>(() => service.SendAsync(SesServiceHarness.ValidMail()));
        Assert.ThrowsAsync<SesException>(() => service.GetSendQuotaAsync());
        harness.FailEverything(new HttpRequestException("Connection reset by peer"));
        Assert.ThrowsAsync<SesException>(() => service.GetVerifiedEmailAddressesAsync());

        var texts = harness.Logger.Entries.Select(e => e.AllText).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(texts, Has.Count.GreaterThanOrEqualTo(4));
            Assert.That(texts, Has.None.Contains(Secret));
            Assert.That(texts, Has.None.Contains(SessionToken));
        }
    }
}
