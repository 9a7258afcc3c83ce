using Moq;
using Ses.Wrapper.SimpleEmail.Model;
using ApiDataPoint = Ses.Wrapper.SimpleEmail.Model.SendDataPoint;
using SendDataPoint = Ses.Wrapper.SendDataPoint;

namespace Ses.Wrapper.Tests.Facade;

[TestFixture]
public sealed class SesServiceAccountTests
{
    private SesServiceHarness harness = null!;

    [SetUp]
    public void SetUp() => harness = new SesServiceHarness();

    [Test]
    public async Task GetSendQuotaAsync_Answer_MapsEveryField()
    {
        harness.Client.Setup(c => c.GetSendQuotaAsync(It.IsAny<GetSendQuotaRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new GetSendQuotaResponse { Max24HourSend = 50000, SentLast24Hours = 1234, MaxSendRate = 14 });

        var quota = await harness.CreateService().GetSendQuotaAsync();

        Assert.That(quota, Is.EqualTo(new SendQuota(50000, 1234, 14)));
    }

    [Test]
    public async Task GetSendQuotaAsync_UnlimitedQuota_KeepsMinusOne()
    {
        harness.Client.Setup(c => c.GetSendQuotaAsync(It.IsAny<GetSendQuotaRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new GetSendQuotaResponse { Max24HourSend = -1, SentLast24Hours = 10, MaxSendRate = 1 });

        var quota = await harness.CreateService().GetSendQuotaAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(quota.Max24HourSend, Is.EqualTo(-1));
            Assert.That(quota.Remaining, Is.Null);
        }
    }

    [Test]
    public async Task GetSendQuotaAsync_MissingFields_MapsToZero()
    {
        harness.Client.Setup(c => c.GetSendQuotaAsync(It.IsAny<GetSendQuotaRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new GetSendQuotaResponse());

        var quota = await harness.CreateService().GetSendQuotaAsync();

        Assert.That(quota, Is.EqualTo(new SendQuota(0, 0, 0)));
    }

    [Test]
    public async Task GetSendQuotaAsync_CallerToken_IsPassedToTheClient()
    {
        using var cts = new CancellationTokenSource();
        CancellationToken seen = default;
        harness.Client.Setup(c => c.GetSendQuotaAsync(It.IsAny<GetSendQuotaRequest>(), It.IsAny<CancellationToken>()))
            .Callback<GetSendQuotaRequest, CancellationToken>((_, token) => seen = token)
            .ReturnsAsync(new GetSendQuotaResponse());

        await harness.CreateService().GetSendQuotaAsync(cts.Token);

        Assert.That(seen, Is.EqualTo(cts.Token));
    }

    [Test]
    public async Task GetSendStatisticsAsync_Answer_MapsEveryField()
    {
        AnswerStatistics(new ApiDataPoint
        {
            Timestamp = new DateTime(2025, 3, 1, 10, 15, 0, DateTimeKind.Utc),
            DeliveryAttempts = 120,
            Bounces = 3,
            Complaints = 1,
            Rejects = 2,
        });

        var points = await harness.CreateService().GetSendStatisticsAsync();

        Assert.That(points, Is.EqualTo(new[] { new SendDataPoint(new DateTimeOffset(2025, 3, 1, 10, 15, 0, TimeSpan.Zero), 120, 3, 1, 2) }));
    }

    [Test]
    public async Task GetSendStatisticsAsync_Timestamps_AreUtcOffsets()
    {
        AnswerStatistics(Point(new DateTime(2025, 3, 1, 10, 15, 0, DateTimeKind.Utc)));

        var points = await harness.CreateService().GetSendStatisticsAsync();

        Assert.That(points[0].Timestamp.Offset, Is.EqualTo(TimeSpan.Zero));
    }

    [Test]
    public async Task GetSendStatisticsAsync_UnspecifiedKindTimestamp_IsTakenAsUtc()
    {
        AnswerStatistics(Point(new DateTime(2025, 3, 1, 10, 15, 0, DateTimeKind.Unspecified)));

        var points = await harness.CreateService().GetSendStatisticsAsync();

        Assert.That(points[0].Timestamp, Is.EqualTo(new DateTimeOffset(2025, 3, 1, 10, 15, 0, TimeSpan.Zero)));
    }

    [Test]
    public async Task GetSendStatisticsAsync_LocalKindTimestamp_KeepsTheInstant()
    {
        var instant = new DateTime(2025, 3, 1, 10, 15, 0, DateTimeKind.Utc);
        AnswerStatistics(Point(instant.ToLocalTime()));

        var points = await harness.CreateService().GetSendStatisticsAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(points[0].Timestamp.UtcDateTime, Is.EqualTo(instant));
            Assert.That(points[0].Timestamp.Offset, Is.EqualTo(TimeSpan.Zero));
        }
    }

    [Test]
    public async Task GetSendStatisticsAsync_UnorderedPoints_ReturnsThemOldestFirst()
    {
        var start = new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        AnswerStatistics(
            Point(start.AddMinutes(30), attempts: 3),
            Point(start, attempts: 1),
            Point(start.AddMinutes(45), attempts: 4),
            Point(start.AddMinutes(15), attempts: 2));

        var points = await harness.CreateService().GetSendStatisticsAsync();

        Assert.That(points.Select(p => p.DeliveryAttempts), Is.EqualTo(new long[] { 1, 2, 3, 4 }));
    }

    [Test]
    public async Task GetSendStatisticsAsync_NoPoints_ReturnsEmptyList()
    {
        AnswerStatistics();

        var points = await harness.CreateService().GetSendStatisticsAsync();

        Assert.That(points, Is.Empty);
    }

    [Test]
    public async Task VerifyEmailAddressAsync_ValidAddress_SendsVerifyEmailIdentity()
    {
        VerifyEmailIdentityRequest? sent = null;
        harness.Client.Setup(c => c.VerifyEmailIdentityAsync(It.IsAny<VerifyEmailIdentityRequest>(), It.IsAny<CancellationToken>()))
            .Callback<VerifyEmailIdentityRequest, CancellationToken>((request, _) => sent = request)
            .ReturnsAsync(SesServiceHarness.WithRequestId(new VerifyEmailIdentityResponse(), "req-verify"));

        await harness.CreateService().VerifyEmailAddressAsync("jane@example.com");

        Assert.That(sent!.EmailAddress, Is.EqualTo("jane@example.com"));
    }

    [Test]
    public async Task VerifyEmailAddressAsync_Answer_ReturnsRequestId()
    {
        harness.Client.Setup(c => c.VerifyEmailIdentityAsync(It.IsAny<VerifyEmailIdentityRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(SesServiceHarness.WithRequestId(new VerifyEmailIdentityResponse(), "req-verify"));

        var requestId = await harness.CreateService().VerifyEmailAddressAsync("jane@example.com");

        Assert.That(requestId, Is.EqualTo("req-verify"));
    }

    [Test]
    public async Task VerifyEmailAddressAsync_AnswerWithoutMetadata_ReturnsEmptyRequestId()
    {
        harness.Client.Setup(c => c.VerifyEmailIdentityAsync(It.IsAny<VerifyEmailIdentityRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new VerifyEmailIdentityResponse { ResponseMetadata = null });

        var requestId = await harness.CreateService().VerifyEmailAddressAsync("jane@example.com");

        Assert.That(requestId, Is.Empty);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    [TestCase("not-an-address")]
    [TestCase("Jane <not-an-address>")]
    [TestCase("jane@example.com\r\n")]
    [TestCase("jane@example.com\nBcc: x@example.com")]
    public void VerifyEmailAddressAsync_InvalidAddress_ThrowsWithoutRequest(string? address)
    {
        var ex = Assert.ThrowsAsync<ArgumentException>(() => harness.CreateService().VerifyEmailAddressAsync(address!));

        Assert.That(ex.ParamName, Is.EqualTo("emailAddress"));
        harness.Client.VerifyNoOtherCalls();
    }

    [TestCase("jane@example.com")]
    [TestCase("example.com")]
    [TestCase("mail.example.co.uk")]
    public async Task DeleteIdentityAsync_AddressOrDomain_SendsDeleteIdentity(string identity)
    {
        DeleteIdentityRequest? sent = null;
        harness.Client.Setup(c => c.DeleteIdentityAsync(It.IsAny<DeleteIdentityRequest>(), It.IsAny<CancellationToken>()))
            .Callback<DeleteIdentityRequest, CancellationToken>((request, _) => sent = request)
            .ReturnsAsync(SesServiceHarness.WithRequestId(new DeleteIdentityResponse(), "req-delete"));

        await harness.CreateService().DeleteIdentityAsync(identity);

        Assert.That(sent!.Identity, Is.EqualTo(identity));
    }

    [Test]
    public async Task DeleteIdentityAsync_Answer_ReturnsRequestId()
    {
        harness.Client.Setup(c => c.DeleteIdentityAsync(It.IsAny<DeleteIdentityRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(SesServiceHarness.WithRequestId(new DeleteIdentityResponse(), "req-delete"));

        var requestId = await harness.CreateService().DeleteIdentityAsync("example.com");

        Assert.That(requestId, Is.EqualTo("req-delete"));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase(" ")]
    [TestCase("example.com\r\n")]
    [TestCase("jane@example.com\nx")]
    [TestCase("not a domain")]
    [TestCase("not-an-address@")]
    public void DeleteIdentityAsync_InvalidIdentity_ThrowsWithoutRequest(string? identity)
    {
        var ex = Assert.ThrowsAsync<ArgumentException>(() => harness.CreateService().DeleteIdentityAsync(identity!));

        Assert.That(ex.ParamName, Is.EqualTo("identity"));
        harness.Client.VerifyNoOtherCalls();
    }

    private static ApiDataPoint Point(DateTime timestamp, long attempts = 1) =>
        new() { Timestamp = timestamp, DeliveryAttempts = attempts, Bounces = 0, Complaints = 0, Rejects = 0 };

    private void AnswerStatistics(params ApiDataPoint[] points) =>
        harness.Client.Setup(c => c.GetSendStatisticsAsync(It.IsAny<GetSendStatisticsRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new GetSendStatisticsResponse { SendDataPoints = [.. points] });
}
