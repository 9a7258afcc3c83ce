using System.Net;
using Ses.Wrapper.HardeningTests.TestSupport;

namespace Ses.Wrapper.HardeningTests.HostileAnswers;

/// <summary>
/// Answers in the wrong format — HTML from a proxy (200 and 502), JSON, an empty 200 — end in a
/// <see cref="SesException"/> that does not echo the body; the content type itself is not checked, so a well-formed
/// SES answer with a wrong content type is still read.
/// </summary>
[TestFixture]
public sealed class WrongFormatTests
{
    private const string Html = "<!DOCTYPE html><html><head><title>Captive portal</title></head><body>captive-portal-login<br></body></html>";

    [Test]
    public async Task GetSendQuotaAsync_HtmlWithOkStatus_IsInvalidResponseWithoutTheBody()
    {
        var outcome = await HostileCall.FailAsync(x => x.RespondAsync(200, Html, "text/html"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Exception.Kind, Is.EqualTo(SesErrorKind.InvalidResponse));
            Assert.That(outcome.Exception.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(outcome.Exception.ToString(), Does.Not.Contain("captive-portal-login"));
        }
    }

    [Test]
    public async Task GetSendQuotaAsync_HtmlBadGateway_IsServiceErrorNamingTheStatus()
    {
        var outcome = await HostileCall.FailAsync(x => x.RespondAsync(502, Html, "text/html"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Exception.Kind, Is.EqualTo(SesErrorKind.Service));
            Assert.That(outcome.Exception.Code, Is.EqualTo("Http502"));
            Assert.That(outcome.Exception.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
            Assert.That(outcome.Exception.Message, Does.Not.Contain("captive-portal-login"));
        }
    }

    [Test]
    public async Task SendAsync_HtmlBadGateway_FailsOnceThatMayHaveBeenSent()
    {
        var outcome = await HostileCall.FailAsync(x => x.RespondAsync(502, Html, "text/html"), ses => ses.SendAsync(SesHost.Mail()), maxErrorRetry: 3);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Exception.Kind, Is.EqualTo(SesErrorKind.Service));
            Assert.That(outcome.Exception.MayHaveBeenSent, Is.True);
            Assert.That(outcome.RequestCount, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task GetSendQuotaAsync_JsonAnswer_IsInvalidResponse()
    {
        var outcome = await HostileCall.FailAsync(x => x.RespondAsync(200, "{\"Max24HourSend\":200,\"MaxSendRate\":1}", "application/json"));

        Assert.That(outcome.Exception.Kind, Is.EqualTo(SesErrorKind.InvalidResponse));
    }

    [Test]
    public async Task GetSendQuotaAsync_SesAnswerWithWrongContentType_IsRead()
    {
        var outcome = await HostileCall.RunAsync(x => x.RespondAsync(200, SesXml.GetSendQuota, "application/octet-stream"));

        Assert.That(outcome.Error, Is.Null);
    }

    [Test]
    public async Task GetSendQuotaAsync_EmptyOkAnswer_IsInvalidResponse()
    {
        var outcome = await HostileCall.FailAsync(x => x.RespondAsync(200, string.Empty));

        Assert.That(outcome.Exception.Kind, Is.EqualTo(SesErrorKind.InvalidResponse));
    }

    [Test]
    public async Task SendAsync_EmptyOkAnswer_FailsOnceThatMayHaveBeenSent()
    {
        var outcome = await HostileCall.FailAsync(x => x.RespondAsync(200, string.Empty), ses => ses.SendAsync(SesHost.Mail()), maxErrorRetry: 3);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Exception.Kind, Is.EqualTo(SesErrorKind.InvalidResponse));
            Assert.That(outcome.Exception.MayHaveBeenSent, Is.True);
            Assert.That(outcome.RequestCount, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task GetSendQuotaAsync_EmptyErrorAnswer_IsServiceErrorNamingTheStatus()
    {
        var outcome = await HostileCall.FailAsync(x => x.RespondAsync(500, string.Empty));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Exception.Kind, Is.EqualTo(SesErrorKind.Service));
            Assert.That(outcome.Exception.Code, Is.EqualTo("Http500"));
        }
    }

    [Test]
    public async Task GetSendQuotaAsync_AnswerOfAnotherAction_IsInvalidResponse()
    {
        var outcome = await HostileCall.FailAsync(x => x.RespondAsync(200, SesXml.SendEmail("msg-1")));

        Assert.That(outcome.Exception.Kind, Is.EqualTo(SesErrorKind.InvalidResponse));
    }
}
