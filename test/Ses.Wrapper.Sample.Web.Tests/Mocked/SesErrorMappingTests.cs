using System.Net;
using System.Net.Http.Json;
using Moq;
using Ses.Wrapper.Sample.Web.Tests.TestSupport;

namespace Ses.Wrapper.Sample.Web.Tests.Mocked;

/// <summary>Every <see cref="SesErrorKind"/> thrown by the mocked service becomes the documented ProblemDetails status.</summary>
[TestFixture]
public sealed class SesErrorMappingTests : MockedSesEndpointTests
{
    [TestCase(SesErrorKind.Rejected, "MessageRejected", HttpStatusCode.BadRequest)]
    [TestCase(SesErrorKind.SendingRateExceeded, "Throttling", HttpStatusCode.TooManyRequests)]
    [TestCase(SesErrorKind.DailyQuotaExceeded, "Throttling", HttpStatusCode.TooManyRequests)]
    [TestCase(SesErrorKind.Service, "Throttling", HttpStatusCode.TooManyRequests)]
    [TestCase(SesErrorKind.Service, "InternalFailure", HttpStatusCode.BadGateway)]
    [TestCase(SesErrorKind.Authentication, "InvalidClientTokenId", HttpStatusCode.BadGateway)]
    [TestCase(SesErrorKind.Network, null, HttpStatusCode.BadGateway)]
    [TestCase(SesErrorKind.InvalidResponse, null, HttpStatusCode.BadGateway)]
    [TestCase(SesErrorKind.Configuration, null, HttpStatusCode.BadGateway)]
    [TestCase(SesErrorKind.Timeout, null, HttpStatusCode.GatewayTimeout)]
    public async Task PostMail_SesException_ReturnsMappedStatus(SesErrorKind kind, string? code, HttpStatusCode expected)
    {
        SendThrows(new SesException("failed", kind, code));

        using var response = await PostMailAsync();

        Assert.That(response.StatusCode, Is.EqualTo(expected));
    }

    [Test]
    public async Task PostMail_Rejected_ProblemDetailsCarriesSesFields()
    {
        SendThrows(new SesException("Email address is not verified.", SesErrorKind.Rejected, "MessageRejected", "Sender", "req-42", HttpStatusCode.BadRequest));

        using var response = await PostMailAsync();

        var problem = await Problem.ReadAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo(400));
            Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo("SES rejected the request."));
            Assert.That(problem.GetProperty("detail").GetString(), Is.EqualTo("Email address is not verified."));
            Assert.That(problem.GetProperty("sesErrorKind").GetString(), Is.EqualTo("Rejected"));
            Assert.That(problem.GetProperty("sesErrorCode").GetString(), Is.EqualTo("MessageRejected"));
            Assert.That(problem.GetProperty("sesRequestId").GetString(), Is.EqualTo("req-42"));
            Assert.That(problem.GetProperty("mayHaveBeenSent").GetBoolean(), Is.False);
            Assert.That(problem.GetProperty("type").GetString(), Is.EqualTo("https://tools.ietf.org/html/rfc9110#section-15.5.1"));
            Assert.That(problem.TryGetProperty("traceId", out _), Is.True);
        });
    }

    [Test]
    public async Task PostMail_SendingRateExceeded_RetryAfterOneSecond()
    {
        SendThrows(new SesException("Maximum sending rate exceeded.", SesErrorKind.SendingRateExceeded, "Throttling"));

        using var response = await PostMailAsync();

        Assert.That(response.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(1)));
    }

    [Test]
    public async Task PostMail_DailyQuotaExceeded_RetryAfterFifteenMinutes()
    {
        SendThrows(new SesException("Daily message quota exceeded.", SesErrorKind.DailyQuotaExceeded, "Throttling"));

        using var response = await PostMailAsync();

        Assert.That(response.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromMinutes(15)));
    }

    [Test]
    public async Task PostMail_Throttled_ProblemDetailsTitleSaysTryLater()
    {
        SendThrows(new SesException("Maximum sending rate exceeded.", SesErrorKind.SendingRateExceeded, "Throttling"));

        using var response = await PostMailAsync();

        var problem = await Problem.ReadAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo(429));
            Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo("SES is throttling this account; try again later."));
            Assert.That(problem.GetProperty("sesErrorKind").GetString(), Is.EqualTo("SendingRateExceeded"));
        });
    }

    [Test]
    public async Task PostMail_ServiceError_NoRetryAfter()
    {
        SendThrows(new SesException("Internal failure.", SesErrorKind.Service, "InternalFailure"));

        using var response = await PostMailAsync();

        Assert.That(response.Headers.RetryAfter, Is.Null);
    }

    [Test]
    public async Task PostMail_AuthenticationFailure_ProblemDetailsIs502WithKind()
    {
        SendThrows(new SesException("The security token included in the request is invalid.", SesErrorKind.Authentication, "InvalidClientTokenId", "Sender", "req-7", HttpStatusCode.Forbidden));

        using var response = await PostMailAsync();

        var problem = await Problem.ReadAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo(502));
            Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo("SES could not be reached or failed the request."));
            Assert.That(problem.GetProperty("sesErrorKind").GetString(), Is.EqualTo("Authentication"));
            Assert.That(problem.GetProperty("sesErrorCode").GetString(), Is.EqualTo("InvalidClientTokenId"));
        });
    }

    [Test]
    public async Task PostMail_Timeout_ProblemDetailsSaysMayHaveBeenSent()
    {
        SendThrows(new SesException("SES did not answer in time; a mail may or may not have been sent.", SesErrorKind.Timeout));

        using var response = await PostMailAsync();

        var problem = await Problem.ReadAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo(504));
            Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo("SES did not answer in time."));
            Assert.That(problem.GetProperty("mayHaveBeenSent").GetBoolean(), Is.True);
            Assert.That(problem.GetProperty("sesErrorCode").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
        });
    }

    [Test]
    public async Task GetQuota_SesTimeout_Returns504()
    {
        Factory.Ses.Setup(s => s.GetSendQuotaAsync(It.IsAny<CancellationToken>())).ThrowsAsync(new SesException("late", SesErrorKind.Timeout));

        using var response = await Client.GetAsync("/mail/quota");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.GatewayTimeout));
    }

    [Test]
    public async Task GetStats_SesAuthenticationFailure_Returns502()
    {
        Factory.Ses.Setup(s => s.GetSendStatisticsAsync(It.IsAny<CancellationToken>())).ThrowsAsync(new SesException("denied", SesErrorKind.Authentication, "AccessDenied"));

        using var response = await Client.GetAsync("/mail/stats");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
    }

    [Test]
    public async Task GetVerified_SesThrottling_Returns429WithRetryAfter()
    {
        Factory.Ses.Setup(s => s.GetVerifiedEmailAddressesAsync(It.IsAny<CancellationToken>())).ThrowsAsync(new SesException("Rate exceeded", SesErrorKind.Service, "Throttling"));

        using var response = await Client.GetAsync("/mail/verified");

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(response.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromMinutes(15)));
        });
    }

    [Test]
    public async Task PostVerified_SesRejected_Returns400()
    {
        Factory.Ses.Setup(s => s.VerifyEmailAddressAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ThrowsAsync(new SesException("bad", SesErrorKind.Rejected, "InvalidParameterValue"));

        using var response = await Client.PostAsJsonAsync("/mail/verified", new { emailAddress = "a@example.com" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task DeleteVerified_SesNetworkFailure_Returns502()
    {
        Factory.Ses.Setup(s => s.DeleteIdentityAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ThrowsAsync(new SesException("refused", SesErrorKind.Network));

        using var response = await Client.DeleteAsync("/mail/verified/a@example.com");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
    }

    private void SendThrows(SesException exception) =>
        Factory.Ses.Setup(s => s.SendAsync(It.IsAny<SesMail>(), It.IsAny<CancellationToken>())).ThrowsAsync(exception);

    private Task<HttpResponseMessage> PostMailAsync() =>
        Client.PostAsJsonAsync("/mail", new { to = new[] { "a@example.com" }, subject = "s", textBody = "t" });
}
