using Ses.Wrapper.SimpleEmail.Model;
using Ses.Wrapper.Tests.TestSupport;

namespace Ses.Wrapper.Tests.SimpleEmailWire;

/// <summary>GetSendStatistics on the wire.</summary>
[TestFixture]
public sealed class GetSendStatisticsWireTests
{
    [Test]
    public async Task GetSendStatisticsAsync_Always_SendsActionAndVersionOnly()
    {
        var handler = new FakeSesHandler().AnswerFixture("GetSendStatistics.xml");
        using var client = WireClient.Create(handler);

        await client.GetSendStatisticsAsync(new GetSendStatisticsRequest());

        Assert.That(handler.Requests.Single().Form, Is.EquivalentTo(new Dictionary<string, string> { ["Action"] = "GetSendStatistics", ["Version"] = "2010-12-01" }));
    }

    [Test]
    public async Task GetSendStatisticsAsync_SuccessAnswer_ReadsEveryDataPointInDocumentOrder()
    {
        var handler = new FakeSesHandler().AnswerFixture("GetSendStatistics.xml");
        using var client = WireClient.Create(handler);

        var response = await client.GetSendStatisticsAsync(new GetSendStatisticsRequest());

        var points = response.SendDataPoints.Select(p => (p.Timestamp, p.DeliveryAttempts, p.Bounces, p.Complaints, p.Rejects)).ToList();
        Assert.That(points, Is.EqualTo(new List<(DateTime?, long?, long?, long?, long?)>
        {
            (Utc(2011, 8, 13, 2, 43), 12, 1, 0, 0),
            (Utc(2011, 8, 12, 18, 13), 7, 0, 1, 0),
            (Utc(2011, 8, 13, 9, 58), 25, 2, 0, 1),
            (Utc(2011, 8, 12, 21, 28), 3, 0, 0, 2),
            (Utc(2011, 8, 13, 5, 43), 18, 3, 1, 0),
        }));
    }

    [Test]
    public async Task GetSendStatisticsAsync_SuccessAnswer_TimestampsAreUtc()
    {
        var handler = new FakeSesHandler().AnswerFixture("GetSendStatistics.xml");
        using var client = WireClient.Create(handler);

        var response = await client.GetSendStatisticsAsync(new GetSendStatisticsRequest());

        Assert.That(response.SendDataPoints.Select(p => p.Timestamp!.Value.Kind), Is.All.EqualTo(DateTimeKind.Utc));
    }

    [Test]
    public async Task GetSendStatisticsAsync_SuccessAnswer_ReadsRequestId()
    {
        var handler = new FakeSesHandler().AnswerFixture("GetSendStatistics.xml");
        using var client = WireClient.Create(handler);

        var response = await client.GetSendStatisticsAsync(new GetSendStatisticsRequest());

        Assert.That(response.ResponseMetadata.RequestId, Is.EqualTo("38be8780-6f4e-4020-8048-8920b510dee1"));
    }

    [Test]
    public async Task GetSendStatisticsAsync_NoDataPoints_ReturnsEmptyList()
    {
        const string Xml = """
            <GetSendStatisticsResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/">
              <GetSendStatisticsResult>
                <SendDataPoints/>
              </GetSendStatisticsResult>
              <ResponseMetadata>
                <RequestId>c2b3a1e0-0000-4000-8000-000000000001</RequestId>
              </ResponseMetadata>
            </GetSendStatisticsResponse>
            """;
        var handler = new FakeSesHandler().Answer(Xml);
        using var client = WireClient.Create(handler);

        var response = await client.GetSendStatisticsAsync(new GetSendStatisticsRequest());

        Assert.That(response.SendDataPoints, Is.Empty);
    }

    private static DateTime Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);
}
