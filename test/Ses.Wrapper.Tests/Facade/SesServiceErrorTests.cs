using System.Net;
using Amazon.Runtime;
using Moq;
using Ses.Wrapper.SimpleEmail;
using Ses.Wrapper.SimpleEmail.Model;

namespace Ses.Wrapper.Tests.Facade;

[TestFixture]
public sealed class SesServiceErrorTests
{
    private SesServiceHarness harness = null!;

    public static IEnumerable<TestCaseData> KindCases()
    {
        yield return Case("MessageRejected", Rejected(), SesErrorKind.Rejected);
        yield return Case("Throttling sending rate", SendingRate(), SesErrorKind.SendingRateExceeded);
        yield return Case("Throttling daily quota", DailyQuota(), SesErrorKind.DailyQuotaExceeded);
        yield return Case("InvalidClientTokenId", InvalidToken(), SesErrorKind.Authentication);
        yield return Case("SignatureDoesNotMatch", Service("SignatureDoesNotMatch", "The request signature we calculated does not match.", HttpStatusCode.Forbidden), SesErrorKind.Authentication);
        yield return Case("InternalFailure", InternalFailure(), SesErrorKind.Service);
        yield return Case("MailFromDomainNotVerified", Service("MailFromDomainNotVerifiedException", "MAIL FROM domain not verified.", HttpStatusCode.BadRequest), SesErrorKind.Rejected);
        yield return Case("HttpRequestException", new HttpRequestException("Connection reset by peer"), SesErrorKind.Network);
        yield return Case("IOException", new IOException("Unable to read data from the transport connection."), SesErrorKind.Network);
        yield return Case("TimeoutException", new TimeoutException("The operation has timed out."), SesErrorKind.Timeout);
        yield return Case("TaskCanceledException not from caller", new TaskCanceledException("A task was canceled."), SesErrorKind.Timeout);
        yield return Case("AmazonUnmarshallingException", Unmarshalling(), SesErrorKind.InvalidResponse);
        yield return Case("AmazonClientException credentials", new AmazonClientException("Failed to resolve AWS credentials."), SesErrorKind.Authentication);
        yield return Case("AmazonClientException configuration", new AmazonClientException("No RegionEndpoint or ServiceURL is configured."), SesErrorKind.Configuration);

        static TestCaseData Case(string name, Exception exception, SesErrorKind kind) => new TestCaseData(exception, kind).SetArgDisplayNames(name);
    }

    public static IEnumerable<TestCaseData> OperationCases()
    {
        yield return Case("GetSendQuotaAsync", (s, ct) => s.GetSendQuotaAsync(ct));
        yield return Case("GetSendStatisticsAsync", (s, ct) => s.GetSendStatisticsAsync(ct));
        yield return Case("GetVerifiedEmailAddressesAsync", (s, ct) => s.GetVerifiedEmailAddressesAsync(ct));
        yield return Case("VerifyEmailAddressAsync", (s, ct) => s.VerifyEmailAddressAsync("jane@example.com", ct));
        yield return Case("DeleteIdentityAsync", (s, ct) => s.DeleteIdentityAsync("example.com", ct));
        yield return Case("SendAsync", (s, ct) => s.SendAsync(SesServiceHarness.ValidMail(), ct));

        static TestCaseData Case(string name, Func<ISesService, CancellationToken, Task> call) => new TestCaseData(call).SetArgDisplayNames(name);
    }

    [SetUp]
    public void SetUp() => harness = new SesServiceHarness();

    [TestCaseSource(nameof(KindCases))]
    public void SendAsync_Failure_ThrowsSesExceptionOfKind(Exception failure, SesErrorKind kind)
    {
        harness.FailEverything(failure);

        var ex = Assert.ThrowsAsync<SesException>(() => harness.CreateService().SendAsync(SesServiceHarness.ValidMail()));

        Assert.That(ex.Kind, Is.EqualTo(kind));
    }

    [TestCaseSource(nameof(KindCases))]
    public void SendAsync_Failure_KeepsOriginalAsInnerException(Exception failure, SesErrorKind kind)
    {
        harness.FailEverything(failure);

        var ex = Assert.ThrowsAsync<SesException>(() => harness.CreateService().SendAsync(SesServiceHarness.ValidMail()));

        Assert.That(ex.InnerException, Is.SameAs(failure));
    }

    [TestCaseSource(nameof(OperationCases))]
    public void AnyOperation_ServiceError_ThrowsSesException(Func<ISesService, CancellationToken, Task> call)
    {
        var failure = InternalFailure();
        harness.FailEverything(failure);

        var ex = Assert.ThrowsAsync<SesException>(() => call(harness.CreateService(), CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.Kind, Is.EqualTo(SesErrorKind.Service));
            Assert.That(ex.InnerException, Is.SameAs(failure));
        }
    }

    [TestCaseSource(nameof(OperationCases))]
    public void AnyOperation_NetworkFailure_ThrowsSesExceptionOfKindNetwork(Func<ISesService, CancellationToken, Task> call)
    {
        harness.FailEverything(new HttpRequestException("No route to host"));

        var ex = Assert.ThrowsAsync<SesException>(() => call(harness.CreateService(), CancellationToken.None));

        Assert.That(ex.Kind, Is.EqualTo(SesErrorKind.Network));
    }

    [Test]
    public void SendAsync_MessageRejected_CopiesCodeTypeRequestIdAndStatus()
    {
        harness.FailEverything(Rejected());

        var ex = Assert.ThrowsAsync<SesException>(() => harness.CreateService().SendAsync(SesServiceHarness.ValidMail()));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.Code, Is.EqualTo("MessageRejected"));
            Assert.That(ex.ErrorType, Is.EqualTo("Sender"));
            Assert.That(ex.RequestId, Is.EqualTo("req-rejected"));
            Assert.That(ex.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(ex.Message, Is.EqualTo("Email address is not verified. The following identities failed the check in region US-WEST-2: sender@example.com"));
            Assert.That(ex.IsRejected, Is.True);
            Assert.That(ex.MayHaveBeenSent, Is.False);
        }
    }

    [Test]
    public void SendAsync_SendingRateThrottle_IsThrottlingAndSendingRateExceeded()
    {
        harness.FailEverything(SendingRate());

        var ex = Assert.ThrowsAsync<SesException>(() => harness.CreateService().SendAsync(SesServiceHarness.ValidMail()));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.Code, Is.EqualTo("Throttling"));
            Assert.That(ex.IsSendingRateExceeded, Is.True);
            Assert.That(ex.IsDailyQuotaExceeded, Is.False);
            Assert.That(ex.IsThrottling, Is.True);
        }
    }

    [Test]
    public void SendAsync_DailyQuota_IsThrottlingAndDailyQuotaExceeded()
    {
        harness.FailEverything(DailyQuota());

        var ex = Assert.ThrowsAsync<SesException>(() => harness.CreateService().SendAsync(SesServiceHarness.ValidMail()));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.IsDailyQuotaExceeded, Is.True);
            Assert.That(ex.IsSendingRateExceeded, Is.False);
            Assert.That(ex.IsThrottling, Is.True);
        }
    }

    [Test]
    public void SendAsync_InvalidClientTokenId_CopiesCodeTypeRequestIdAndStatus()
    {
        harness.FailEverything(InvalidToken());

        var ex = Assert.ThrowsAsync<SesException>(() => harness.CreateService().SendAsync(SesServiceHarness.ValidMail()));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.Code, Is.EqualTo("InvalidClientTokenId"));
            Assert.That(ex.ErrorType, Is.EqualTo("Sender"));
            Assert.That(ex.RequestId, Is.EqualTo("req-token"));
            Assert.That(ex.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(ex.IsAuthenticationFailure, Is.True);
        }
    }

    [Test]
    public void SendAsync_InternalFailure_CopiesReceiverTypeAndStatus500()
    {
        harness.FailEverything(InternalFailure());

        var ex = Assert.ThrowsAsync<SesException>(() => harness.CreateService().SendAsync(SesServiceHarness.ValidMail()));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.Code, Is.EqualTo("InternalFailure"));
            Assert.That(ex.ErrorType, Is.EqualTo("Receiver"));
            Assert.That(ex.RequestId, Is.EqualTo("req-internal"));
            Assert.That(ex.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        }
    }

    [Test]
    public void SendAsync_UnknownErrorType_LeavesErrorTypeNull()
    {
        harness.FailEverything(new AmazonSimpleEmailServiceException("Odd", null, ErrorType.Unknown, "Odd", "req-odd", HttpStatusCode.BadRequest));

        var ex = Assert.ThrowsAsync<SesException>(() => harness.CreateService().SendAsync(SesServiceHarness.ValidMail()));

        Assert.That(ex.ErrorType, Is.Null);
    }

    [Test]
    public void SendAsync_NetworkFailure_HasNoCodeRequestIdOrStatusAndMayHaveBeenSent()
    {
        harness.FailEverything(new HttpRequestException("Connection reset by peer"));

        var ex = Assert.ThrowsAsync<SesException>(() => harness.CreateService().SendAsync(SesServiceHarness.ValidMail()));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.Code, Is.Null);
            Assert.That(ex.RequestId, Is.Null);
            Assert.That(ex.StatusCode, Is.Null);
            Assert.That(ex.MayHaveBeenSent, Is.True);
        }
    }

    [Test]
    public void SendAsync_Timeout_MayHaveBeenSent()
    {
        harness.FailEverything(new TimeoutException("The operation has timed out."));

        var ex = Assert.ThrowsAsync<SesException>(() => harness.CreateService().SendAsync(SesServiceHarness.ValidMail()));

        Assert.That(ex.MayHaveBeenSent, Is.True);
    }

    [Test]
    public void SendAsync_TaskCanceledWithOtherToken_ThrowsTimeoutEvenWhenCallerHasAToken()
    {
        using var caller = new CancellationTokenSource();
        using var other = new CancellationTokenSource();
        other.Cancel();
        harness.FailEverything(new TaskCanceledException("HttpClient.Timeout elapsed", null, other.Token));

        var ex = Assert.ThrowsAsync<SesException>(() => harness.CreateService().SendAsync(SesServiceHarness.ValidMail(), caller.Token));

        Assert.That(ex.Kind, Is.EqualTo(SesErrorKind.Timeout));
    }

    [Test]
    public void SendAsync_UnmarshallingFailure_CopiesRequestIdAndStatus()
    {
        harness.FailEverything(Unmarshalling());

        var ex = Assert.ThrowsAsync<SesException>(() => harness.CreateService().SendAsync(SesServiceHarness.ValidMail()));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.RequestId, Is.EqualTo("req-garbled"));
            Assert.That(ex.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
    }

    [Test]
    public void SendAsync_CallerCancels_ThrowsOperationCanceledUnwrapped()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var cancellation = new TaskCanceledException("A task was canceled.", null, cts.Token);
        harness.FailEverything(cancellation);

        var ex = Assert.ThrowsAsync(Is.InstanceOf<OperationCanceledException>(), () => harness.CreateService().SendAsync(SesServiceHarness.ValidMail(), cts.Token));

        Assert.That(ex, Is.SameAs(cancellation));
    }

    [TestCaseSource(nameof(OperationCases))]
    public void AnyOperation_CallerCancelledWhileWaiting_ThrowsOperationCanceledNotSesException(Func<ISesService, CancellationToken, Task> call)
    {
        using var cts = new CancellationTokenSource();
        harness.Client.Setup(c => c.GetSendQuotaAsync(It.IsAny<GetSendQuotaRequest>(), It.IsAny<CancellationToken>())).Returns(WaitForCancel<GetSendQuotaResponse>);
        harness.Client.Setup(c => c.GetSendStatisticsAsync(It.IsAny<GetSendStatisticsRequest>(), It.IsAny<CancellationToken>())).Returns(WaitForCancel<GetSendStatisticsResponse>);
        harness.Client.Setup(c => c.ListIdentitiesAsync(It.IsAny<ListIdentitiesRequest>(), It.IsAny<CancellationToken>())).Returns(WaitForCancel<ListIdentitiesResponse>);
        harness.Client.Setup(c => c.VerifyEmailIdentityAsync(It.IsAny<VerifyEmailIdentityRequest>(), It.IsAny<CancellationToken>())).Returns(WaitForCancel<VerifyEmailIdentityResponse>);
        harness.Client.Setup(c => c.DeleteIdentityAsync(It.IsAny<DeleteIdentityRequest>(), It.IsAny<CancellationToken>())).Returns(WaitForCancel<DeleteIdentityResponse>);
        harness.Client.Setup(c => c.SendEmailAsync(It.IsAny<SendEmailRequest>(), It.IsAny<CancellationToken>())).Returns(WaitForCancel<SendEmailResponse>);
        var pending = call(harness.CreateService(), cts.Token);
        cts.Cancel();

        Assert.That(async () => await pending, Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void SendAsync_NonTransportException_PassesUnchanged()
    {
        var bug = new InvalidOperationException("a bug in a handler");
        harness.FailEverything(bug);

        var ex = Assert.ThrowsAsync<InvalidOperationException>(() => harness.CreateService().SendAsync(SesServiceHarness.ValidMail()));

        Assert.That(ex, Is.SameAs(bug));
    }

    [Test]
    public void SendAsync_SesError_MessageHasNoSecret()
    {
        harness.Options.AccessKeyId = "AKIDEXAMPLE";
        harness.Options.SecretAccessKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzSECRET";
        harness.FailEverything(InvalidToken());

        var ex = Assert.ThrowsAsync<SesException>(() => harness.CreateService().SendAsync(SesServiceHarness.ValidMail()));

        Assert.That(ex.ToString(), Does.Not.Contain("wJalrXUtnFEMI/K7MDENG/bPxRfiCYzSECRET"));
    }

    private static async Task<T> WaitForCancel<T>(object request, CancellationToken token)
    {
        await Task.Delay(Timeout.InfiniteTimeSpan, token).ConfigureAwait(false);
        throw new InvalidOperationException("unreachable");
    }

    private static MessageRejectedException Rejected() => new(
        "Email address is not verified. The following identities failed the check in region US-WEST-2: sender@example.com",
        null, ErrorType.Sender, "MessageRejected", "req-rejected", HttpStatusCode.BadRequest);

    private static AmazonSimpleEmailServiceException SendingRate() => new(
        "Maximum sending rate exceeded.", null, ErrorType.Sender, "Throttling", "req-rate", HttpStatusCode.BadRequest);

    private static AmazonSimpleEmailServiceException DailyQuota() => new(
        "Daily message quota exceeded.", null, ErrorType.Sender, "Throttling", "req-daily", HttpStatusCode.BadRequest);

    private static AmazonSimpleEmailServiceException InvalidToken() => new(
        "The security token included in the request is invalid.", null, ErrorType.Sender, "InvalidClientTokenId", "req-token", HttpStatusCode.Forbidden);

    private static AmazonSimpleEmailServiceException InternalFailure() => new(
        "An internal error occurred.", null, ErrorType.Receiver, "InternalFailure", "req-internal", HttpStatusCode.InternalServerError);

    private static AmazonSimpleEmailServiceException Service(string code, string message, HttpStatusCode status) => new(
        message, null, ErrorType.Sender, code, "req-" + code, status);

    private static AmazonUnmarshallingException Unmarshalling() => new(
        "req-garbled", "SendEmailResponse/SendEmailResult", new System.Xml.XmlException("Unexpected end of file."), HttpStatusCode.OK);
}
