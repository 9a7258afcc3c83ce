using System.Net;
using System.Net.Http.Json;
using Moq;
using Ses.Wrapper.Sample.Web.Tests.TestSupport;

namespace Ses.Wrapper.Sample.Web.Tests.Mocked;

/// <summary>GET /mail/quota, GET /mail/stats and the /mail/verified endpoints with a mocked <see cref="ISesService"/>.</summary>
[TestFixture]
public sealed class AccountEndpointTests : MockedSesEndpointTests
{
    [Test]
    public async Task GetQuota_ServiceAnswers_Returns200WithQuotaAndDerivedValues()
    {
        Factory.Ses.Setup(s => s.GetSendQuotaAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new SendQuota(200, 50, 14));

        using var response = await Client.GetAsync("/mail/quota");

        var body = await Problem.ReadAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(body.GetProperty("max24HourSend").GetDouble(), Is.EqualTo(200));
            Assert.That(body.GetProperty("sentLast24Hours").GetDouble(), Is.EqualTo(50));
            Assert.That(body.GetProperty("maxSendRate").GetDouble(), Is.EqualTo(14));
            Assert.That(body.GetProperty("usedShare").GetDouble(), Is.EqualTo(0.25));
            Assert.That(body.GetProperty("remaining").GetDouble(), Is.EqualTo(150));
        });
    }

    [Test]
    public async Task GetStats_ServiceAnswers_Returns200WithDataPointsInOrder()
    {
        var first = new DateTimeOffset(2026, 1, 2, 10, 15, 0, TimeSpan.Zero);
        Factory.Ses.Setup(s => s.GetSendStatisticsAsync(It.IsAny<CancellationToken>())).ReturnsAsync(
        [
            new SendDataPoint(first, 10, 1, 2, 3),
            new SendDataPoint(first.AddMinutes(15), 20, 0, 0, 0),
        ]);

        using var response = await Client.GetAsync("/mail/stats");

        var body = await response.Content.ReadFromJsonAsync<List<SendDataPoint>>();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(body, Is.EqualTo(new[]
            {
                new SendDataPoint(first, 10, 1, 2, 3),
                new SendDataPoint(first.AddMinutes(15), 20, 0, 0, 0),
            }));
        });
    }

    [Test]
    public async Task GetVerified_ServiceAnswers_Returns200WithAddresses()
    {
        Factory.Ses.Setup(s => s.GetVerifiedEmailAddressesAsync(It.IsAny<CancellationToken>())).ReturnsAsync(["a@example.com", "b@example.com"]);

        using var response = await Client.GetAsync("/mail/verified");

        var body = await response.Content.ReadFromJsonAsync<List<string>>();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(body, Is.EqualTo(new[] { "a@example.com", "b@example.com" }));
        });
    }

    [Test]
    public async Task PostVerified_ServiceAccepts_Returns202WithAddressAndRequestId()
    {
        Factory.Ses.Setup(s => s.VerifyEmailAddressAsync("jane@example.com", It.IsAny<CancellationToken>())).ReturnsAsync("req-9");

        using var response = await Client.PostAsJsonAsync("/mail/verified", new { emailAddress = "jane@example.com" });

        var body = await Problem.ReadAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
            Assert.That(body.GetProperty("emailAddress").GetString(), Is.EqualTo("jane@example.com"));
            Assert.That(body.GetProperty("requestId").GetString(), Is.EqualTo("req-9"));
        });
    }

    [Test]
    public async Task PostVerified_ServiceThrowsArgumentException_Returns400NamingEmailAddress()
    {
        Factory.Ses.Setup(s => s.VerifyEmailAddressAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ArgumentException("emailAddress 'nope' is not a valid email address.", "emailAddress"));

        using var response = await Client.PostAsJsonAsync("/mail/verified", new { emailAddress = "nope" });

        var problem = await Problem.ReadAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(Problem.ErrorFields(problem), Is.EqualTo(new[] { "emailAddress" }));
        });
    }

    [Test]
    public async Task PostVerified_NoEmailAddress_PassesEmptyAddressToService()
    {
        string? passed = null;
        Factory.Ses.Setup(s => s.VerifyEmailAddressAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback<string, CancellationToken>((a, _) => passed = a)
            .ThrowsAsync(new ArgumentException("emailAddress is empty; an email address is required.", "emailAddress"));

        using var response = await Client.PostAsJsonAsync("/mail/verified", new { });

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(passed, Is.EqualTo(string.Empty));
        });
    }

    [Test]
    public async Task DeleteVerified_ServiceDeletes_Returns204AndPassesDecodedAddress()
    {
        Factory.Ses.Setup(s => s.DeleteIdentityAsync("jane+test@example.com", It.IsAny<CancellationToken>())).ReturnsAsync("req-3");

        using var response = await Client.DeleteAsync("/mail/verified/jane%2Btest%40example.com");

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(Factory.Ses.Invocations, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task DeleteVerified_ServiceThrowsArgumentException_Returns400NamingAddress()
    {
        Factory.Ses.Setup(s => s.DeleteIdentityAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ArgumentException("identity 'a b' is neither an email address nor a domain name.", "identity"));

        using var response = await Client.DeleteAsync("/mail/verified/a%20b");

        var problem = await Problem.ReadAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(Problem.ErrorFields(problem), Is.EqualTo(new[] { "address" }));
            Assert.That(problem.GetProperty("detail").GetString(), Is.EqualTo("identity 'a b' is neither an email address nor a domain name."));
        });
    }
}
