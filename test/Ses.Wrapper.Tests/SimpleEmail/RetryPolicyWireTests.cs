using System.Net;
using System.Net.Sockets;
using Ses.Wrapper.SimpleEmail;
using Ses.Wrapper.SimpleEmail.Model;
using Ses.Wrapper.Tests.TestSupport;

namespace Ses.Wrapper.Tests.SimpleEmailWire;

/// <summary>
/// The retry policy, counted in attempts at the fake endpoint: sends are never repeated after a failure that may
/// have reached SES (reset, timeout, 5xx) and are retried only after "Maximum sending rate exceeded."; reads keep
/// the SDK's standard retries.
/// </summary>
[TestFixture]
public sealed class RetryPolicyWireTests
{
    // Retries are allowed in general: only the policy can explain a single attempt.
    private const int Retries = 3;

    [Test]
    public void SendEmailAsync_ConnectionReset_SendsExactlyOnce()
    {
        var handler = new FakeSesHandler().Fail(SesAnswer.ConnectionReset).AnswerFixture("SendEmail.xml");
        using var client = WireClient.Create(handler, c => c.MaxErrorRetry = Retries);

        Assert.That(() => client.SendEmailAsync(SendEmailWireTests.MinimalRequest()), Throws.InstanceOf<IOException>().Or.InstanceOf<HttpRequestException>());
        Assert.That(handler.Attempts, Is.EqualTo(1));
    }

    [TestCase(SocketError.ConnectionReset)]
    [TestCase(SocketError.ConnectionAborted)]
    [TestCase(SocketError.Shutdown)]
    public void SendEmailAsync_StaleConnectionSocketError_SendsExactlyOnce(SocketError error)
    {
        var handler = new FakeSesHandler().Fail(() => SesAnswer.SocketFailure(error)).AnswerFixture("SendEmail.xml");
        using var client = WireClient.Create(handler, c => c.MaxErrorRetry = Retries);

        Assert.That(() => client.SendEmailAsync(SendEmailWireTests.MinimalRequest()), Throws.InstanceOf<IOException>().Or.InstanceOf<HttpRequestException>());
        Assert.That(handler.Attempts, Is.EqualTo(1));
    }

    [Test]
    public void SendEmailAsync_ConnectionResetWithStaleConnectionRetriesConfigured_StillSendsExactlyOnce()
    {
        var handler = new FakeSesHandler().Fail(SesAnswer.ConnectionReset).AnswerFixture("SendEmail.xml");
        using var client = WireClient.Create(handler, c =>
        {
            c.MaxErrorRetry = Retries;
            c.MaxStaleConnectionRetries = 3;
        });

        Assert.That(() => client.SendEmailAsync(SendEmailWireTests.MinimalRequest()), Throws.InstanceOf<IOException>().Or.InstanceOf<HttpRequestException>());
        Assert.That(handler.Attempts, Is.EqualTo(1));
    }

    [Test]
    public void GetSendQuotaAsync_ConnectionResetWithStaleConnectionRetriesConfigured_GetsNoRetriesBeyondMaxErrorRetry()
    {
        var handler = new FakeSesHandler().Fail(SesAnswer.ConnectionReset).AnswerFixture("GetSendQuota.xml");
        using var client = WireClient.Create(handler, c =>
        {
            c.MaxErrorRetry = 0;
            c.MaxStaleConnectionRetries = 3;
        });

        Assert.That(() => client.GetSendQuotaAsync(new GetSendQuotaRequest()), Throws.InstanceOf<IOException>().Or.InstanceOf<HttpRequestException>());
        Assert.That(handler.Attempts, Is.EqualTo(1));
    }

    [Test]
    public void SendEmailAsync_IOExceptionFromTransport_SendsExactlyOnce()
    {
        var handler = new FakeSesHandler().Fail(() => new IOException("Broken pipe")).AnswerFixture("SendEmail.xml");
        using var client = WireClient.Create(handler, c => c.MaxErrorRetry = Retries);

        Assert.That(() => client.SendEmailAsync(SendEmailWireTests.MinimalRequest()), Throws.InstanceOf<IOException>());
        Assert.That(handler.Attempts, Is.EqualTo(1));
    }

    [Test]
    public void SendEmailAsync_InternalFailure_SendsExactlyOnce()
    {
        var handler = new FakeSesHandler().AnswerFixture("Error.InternalFailure.xml", HttpStatusCode.InternalServerError).AnswerFixture("SendEmail.xml");
        using var client = WireClient.Create(handler, c => c.MaxErrorRetry = Retries);

        Assert.That(() => client.SendEmailAsync(SendEmailWireTests.MinimalRequest()), Throws.InstanceOf<AmazonSimpleEmailServiceException>().With.Property("ErrorCode").EqualTo("InternalFailure"));
        Assert.That(handler.Attempts, Is.EqualTo(1));
    }

    [Test]
    public void SendEmailAsync_ServiceUnavailable_SendsExactlyOnce()
    {
        var handler = new FakeSesHandler().Enqueue(SesAnswer.Of(string.Empty, HttpStatusCode.ServiceUnavailable)).AnswerFixture("SendEmail.xml");
        using var client = WireClient.Create(handler, c => c.MaxErrorRetry = Retries);

        Assert.That(() => client.SendEmailAsync(SendEmailWireTests.MinimalRequest()), Throws.InstanceOf<AmazonSimpleEmailServiceException>());
        Assert.That(handler.Attempts, Is.EqualTo(1));
    }

    [Test]
    public void SendEmailAsync_Timeout_SendsExactlyOnceAndThrowsTimeoutException()
    {
        var handler = new FakeSesHandler().Fail(SesAnswer.HttpClientTimeout).AnswerFixture("SendEmail.xml");
        using var client = WireClient.Create(handler, c => c.MaxErrorRetry = Retries);

        Assert.That(() => client.SendEmailAsync(SendEmailWireTests.MinimalRequest()), Throws.InstanceOf<TimeoutException>());
        Assert.That(handler.Attempts, Is.EqualTo(1));
    }

    [Test]
    public async Task SendEmailAsync_SendingRateThrottleThenSuccess_RetriesOnceAndReturnsTheMessageId()
    {
        var handler = new FakeSesHandler().AnswerFixture("Error.Throttling.SendingRate.xml", HttpStatusCode.BadRequest).AnswerFixture("SendEmail.xml");
        using var client = WireClient.Create(handler, c => c.MaxErrorRetry = Retries);

        var response = await client.SendEmailAsync(SendEmailWireTests.MinimalRequest());

        Assert.Multiple(() =>
        {
            Assert.That(handler.Attempts, Is.EqualTo(2));
            Assert.That(response.MessageId, Is.EqualTo("0100018f0f3a5c21-5aae6c66-7018-4d9f-8d69-41cfa9c70d86-000000"));
        });
    }

    [Test]
    public void SendEmailAsync_SendingRateThrottleWithRetriesOff_SendsOnceAndThrowsThrottling()
    {
        var handler = new FakeSesHandler().AnswerFixture("Error.Throttling.SendingRate.xml", HttpStatusCode.BadRequest).AnswerFixture("SendEmail.xml");
        using var client = WireClient.Create(handler, c => c.MaxErrorRetry = 0);

        Assert.That(() => client.SendEmailAsync(SendEmailWireTests.MinimalRequest()), Throws.InstanceOf<AmazonSimpleEmailServiceException>().With.Property("ErrorCode").EqualTo("Throttling"));
        Assert.That(handler.Attempts, Is.EqualTo(1));
    }

    [Test]
    public void SendEmailAsync_DailyQuotaThrottle_SendsExactlyOnce()
    {
        var handler = new FakeSesHandler().AnswerFixture("Error.Throttling.DailyQuota.xml", HttpStatusCode.BadRequest).AnswerFixture("SendEmail.xml");
        using var client = WireClient.Create(handler, c => c.MaxErrorRetry = Retries);

        Assert.That(() => client.SendEmailAsync(SendEmailWireTests.MinimalRequest()), Throws.InstanceOf<AmazonSimpleEmailServiceException>().With.Message.EqualTo("Daily message quota exceeded."));
        Assert.That(handler.Attempts, Is.EqualTo(1));
    }

    [Test]
    public void SendEmailAsync_MessageRejected_SendsExactlyOnce()
    {
        var handler = new FakeSesHandler().AnswerFixture("Error.MessageRejected.xml", HttpStatusCode.BadRequest).AnswerFixture("SendEmail.xml");
        using var client = WireClient.Create(handler, c => c.MaxErrorRetry = Retries);

        Assert.That(() => client.SendEmailAsync(SendEmailWireTests.MinimalRequest()), Throws.InstanceOf<MessageRejectedException>());
        Assert.That(handler.Attempts, Is.EqualTo(1));
    }

    [Test]
    public void SendRawEmailAsync_ConnectionReset_SendsExactlyOnce()
    {
        var handler = new FakeSesHandler().Fail(SesAnswer.ConnectionReset).AnswerFixture("SendRawEmail.xml");
        using var client = WireClient.Create(handler, c => c.MaxErrorRetry = Retries);

        Assert.That(() => client.SendRawEmailAsync(RawRequest()), Throws.InstanceOf<IOException>().Or.InstanceOf<HttpRequestException>());
        Assert.That(handler.Attempts, Is.EqualTo(1));
    }

    [Test]
    public void SendRawEmailAsync_InternalFailure_SendsExactlyOnce()
    {
        var handler = new FakeSesHandler().AnswerFixture("Error.InternalFailure.xml", HttpStatusCode.InternalServerError).AnswerFixture("SendRawEmail.xml");
        using var client = WireClient.Create(handler, c => c.MaxErrorRetry = Retries);

        Assert.That(() => client.SendRawEmailAsync(RawRequest()), Throws.InstanceOf<AmazonSimpleEmailServiceException>());
        Assert.That(handler.Attempts, Is.EqualTo(1));
    }

    [Test]
    public void SendRawEmailAsync_Timeout_SendsExactlyOnce()
    {
        var handler = new FakeSesHandler().Fail(SesAnswer.HttpClientTimeout).AnswerFixture("SendRawEmail.xml");
        using var client = WireClient.Create(handler, c => c.MaxErrorRetry = Retries);

        Assert.That(() => client.SendRawEmailAsync(RawRequest()), Throws.InstanceOf<TimeoutException>());
        Assert.That(handler.Attempts, Is.EqualTo(1));
    }

    [Test]
    public async Task GetSendQuotaAsync_InternalFailureThenSuccess_RetriesAndReturnsTheQuota()
    {
        var handler = new FakeSesHandler().AnswerFixture("Error.InternalFailure.xml", HttpStatusCode.InternalServerError).AnswerFixture("GetSendQuota.xml");
        using var client = WireClient.Create(handler, c => c.MaxErrorRetry = Retries);

        var response = await client.GetSendQuotaAsync(new GetSendQuotaRequest());

        Assert.Multiple(() =>
        {
            Assert.That(handler.Attempts, Is.EqualTo(2));
            Assert.That(response.Max24HourSend, Is.EqualTo(50000.0));
        });
    }

    [Test]
    public async Task GetSendQuotaAsync_ConnectionResetThenSuccess_RetriesAndReturnsTheQuota()
    {
        var handler = new FakeSesHandler().Fail(SesAnswer.ConnectionReset).AnswerFixture("GetSendQuota.xml");
        using var client = WireClient.Create(handler, c => c.MaxErrorRetry = Retries);

        var response = await client.GetSendQuotaAsync(new GetSendQuotaRequest());

        Assert.Multiple(() =>
        {
            Assert.That(handler.Attempts, Is.EqualTo(2));
            Assert.That(response.MaxSendRate, Is.EqualTo(14.0));
        });
    }

    [Test]
    public async Task GetSendQuotaAsync_TimeoutThenSuccess_RetriesAndReturnsTheQuota()
    {
        var handler = new FakeSesHandler().Fail(SesAnswer.HttpClientTimeout).AnswerFixture("GetSendQuota.xml");
        using var client = WireClient.Create(handler, c => c.MaxErrorRetry = Retries);

        var response = await client.GetSendQuotaAsync(new GetSendQuotaRequest());

        Assert.Multiple(() =>
        {
            Assert.That(handler.Attempts, Is.EqualTo(2));
            Assert.That(response.SentLast24Hours, Is.EqualTo(127.0));
        });
    }

    [Test]
    public void GetSendQuotaAsync_InternalFailureEveryTime_StopsAfterMaxErrorRetry()
    {
        var handler = new FakeSesHandler().AnswerFixture("Error.InternalFailure.xml", HttpStatusCode.InternalServerError);
        using var client = WireClient.Create(handler, c => c.MaxErrorRetry = 1);

        Assert.That(() => client.GetSendQuotaAsync(new GetSendQuotaRequest()), Throws.InstanceOf<AmazonSimpleEmailServiceException>().With.Property("ErrorCode").EqualTo("InternalFailure"));
        Assert.That(handler.Attempts, Is.EqualTo(2));
    }

    [Test]
    public void GetSendQuotaAsync_MaxErrorRetryZero_SendsOnce()
    {
        var handler = new FakeSesHandler().Fail(SesAnswer.ConnectionReset).AnswerFixture("GetSendQuota.xml");
        using var client = WireClient.Create(handler, c => c.MaxErrorRetry = 0);

        Assert.That(() => client.GetSendQuotaAsync(new GetSendQuotaRequest()), Throws.InstanceOf<IOException>().Or.InstanceOf<HttpRequestException>());
        Assert.That(handler.Attempts, Is.EqualTo(1));
    }

    [Test]
    public void GetSendQuotaAsync_CallerCancelsDuringTheRequest_SendsOnceAndThrowsOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        var handler = new FakeSesHandler().Fail(() =>
        {
            cancellation.Cancel();
            return new TaskCanceledException("canceled by the caller", null, cancellation.Token);
        }).AnswerFixture("GetSendQuota.xml");
        using var client = WireClient.Create(handler, c => c.MaxErrorRetry = Retries);

        Assert.That(() => client.GetSendQuotaAsync(new GetSendQuotaRequest(), cancellation.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(handler.Attempts, Is.EqualTo(1));
    }

    [Test]
    public async Task ListIdentitiesAsync_InternalFailureThenSuccess_RetriesAndReturnsTheIdentities()
    {
        var handler = new FakeSesHandler().AnswerFixture("Error.InternalFailure.xml", HttpStatusCode.InternalServerError).AnswerFixture("ListIdentities.xml");
        using var client = WireClient.Create(handler, c => c.MaxErrorRetry = Retries);

        var response = await client.ListIdentitiesAsync(new ListIdentitiesRequest());

        Assert.Multiple(() =>
        {
            Assert.That(handler.Attempts, Is.EqualTo(2));
            Assert.That(response.Identities, Has.Count.EqualTo(3));
        });
    }

    [Test]
    public void Config_Default_HasNoStaleConnectionRetries()
    {
        var config = new AmazonSimpleEmailServiceConfig();

        Assert.That(config.MaxStaleConnectionRetries, Is.Zero);
    }

    private static SendRawEmailRequest RawRequest() =>
        new() { RawMessage = new RawMessage { Data = new MemoryStream("Subject: hi\r\n\r\nbody"u8.ToArray()) } };
}
