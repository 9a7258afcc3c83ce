using Ses.Wrapper.SimpleEmail.Model;
using Ses.Wrapper.Tests.TestSupport;

namespace Ses.Wrapper.Tests.SimpleEmailWire;

/// <summary>GetSendQuota on the wire.</summary>
[TestFixture]
public sealed class GetSendQuotaWireTests
{
    [Test]
    public async Task GetSendQuotaAsync_Always_SendsActionAndVersionOnly()
    {
        var handler = new FakeSesHandler().AnswerFixture("GetSendQuota.xml");
        using var client = WireClient.Create(handler);

        await client.GetSendQuotaAsync(new GetSendQuotaRequest());

        var request = handler.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(request.Form, Is.EquivalentTo(new Dictionary<string, string> { ["Action"] = "GetSendQuota", ["Version"] = "2010-12-01" }));
            Assert.That(request.Method, Is.EqualTo(HttpMethod.Post));
            Assert.That(request.Uri.AbsolutePath, Is.EqualTo("/"));
            Assert.That(request.ContentType, Is.EqualTo("application/x-www-form-urlencoded"));
        });
    }

    [Test]
    public async Task GetSendQuotaAsync_SuccessAnswer_ReadsEveryField()
    {
        var handler = new FakeSesHandler().AnswerFixture("GetSendQuota.xml");
        using var client = WireClient.Create(handler);

        var response = await client.GetSendQuotaAsync(new GetSendQuotaRequest());

        Assert.Multiple(() =>
        {
            Assert.That(response.Max24HourSend, Is.EqualTo(50000.0));
            Assert.That(response.MaxSendRate, Is.EqualTo(14.0));
            Assert.That(response.SentLast24Hours, Is.EqualTo(127.0));
            Assert.That(response.ResponseMetadata.RequestId, Is.EqualTo("f5ace256-3762-4871-b957-f168a765ba5e"));
        });
    }

    [Test]
    [SetCulture("de-DE")]
    public async Task GetSendQuotaAsync_CultureWithDecimalComma_ReadsNumbersInvariantly()
    {
        var handler = new FakeSesHandler().AnswerFixture("GetSendQuota.xml");
        using var client = WireClient.Create(handler);

        var response = await client.GetSendQuotaAsync(new GetSendQuotaRequest());

        Assert.That(response.Max24HourSend, Is.EqualTo(50000.0));
    }
}
