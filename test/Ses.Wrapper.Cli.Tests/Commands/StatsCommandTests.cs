using System.Text.Json;
using Moq;
using Ses.Wrapper.Cli.Tests.TestSupport;

namespace Ses.Wrapper.Cli.Tests.Commands;

public class StatsCommandTests
{
    private CliHarness cli = null!;

    [SetUp]
    public void SetUp()
    {
        cli = new CliHarness();
        cli.Ses.Setup(s => s.GetSendStatisticsAsync(It.IsAny<CancellationToken>())).ReturnsAsync(SampleStats.Points);
    }

    [Test]
    public async Task Stats_Human_ListsRowsSortedByTime()
    {
        var result = await cli.RunAsync("stats");

        var times = new[] { "2011-08-12 18:13", "2011-08-12 21:28", "2011-08-13 02:43", "2011-08-13 05:43", "2011-08-13 09:58" };
        var positions = times.Select(t => result.Stdout.IndexOf(t, StringComparison.Ordinal)).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(positions, Has.All.GreaterThanOrEqualTo(0));
            Assert.That(positions, Is.Ordered);
        });
    }

    [Test]
    public async Task Stats_Human_ShowsARowPerPointWithItsCounters()
    {
        var result = await cli.RunAsync("stats");

        var row = result.Stdout.Split('\n').Single(l => l.Contains("2011-08-13 09:58", StringComparison.Ordinal));
        Assert.That(Cells(row), Is.EqualTo(new[] { "2011-08-13 09:58", "25", "2", "0", "1" }));
    }

    [Test]
    public async Task Stats_Human_ShowsTotalsRow()
    {
        var result = await cli.RunAsync("stats");

        var row = result.Stdout.Split('\n').Single(l => l.Contains("Total ", StringComparison.Ordinal) && l.Contains('│', StringComparison.Ordinal));
        Assert.That(Cells(row), Is.EqualTo(new[] { "Total", "65", "6", "2", "3" }));
    }

    [Test]
    public async Task Stats_Human_DrawsABarChartOfTheTotals()
    {
        var result = await cli.RunAsync("stats");

        var lines = result.Stdout.Split('\n');
        var attempts = lines.Single(l => l.TrimStart().StartsWith("Delivery attempts  ", StringComparison.Ordinal));
        var bounces = lines.Single(l => l.TrimStart().StartsWith("Bounces  ", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(attempts, Does.Contain("█"));
            Assert.That(attempts.TrimEnd(), Does.EndWith(" 65"));
            Assert.That(attempts.Count(c => c == '█'), Is.GreaterThan(bounces.Count(c => c == '█')));
            Assert.That(lines.Any(l => l.TrimStart().StartsWith("Complaints  ", StringComparison.Ordinal)), Is.True);
            Assert.That(lines.Any(l => l.TrimStart().StartsWith("Rejects  ", StringComparison.Ordinal)), Is.True);
        });
    }

    [Test]
    public async Task Stats_Human_ShowsBounceAndComplaintRates()
    {
        var result = await cli.RunAsync("stats");

        Assert.That(result.Stdout, Does.Contain("Bounce rate 9.23%, complaint rate 3.08% of delivery attempts."));
    }

    [Test]
    public async Task Stats_NoPoints_SaysSoAndExitsZero()
    {
        cli.Ses.Setup(s => s.GetSendStatisticsAsync(It.IsAny<CancellationToken>())).ReturnsAsync([]);

        var result = await cli.RunAsync("stats");

        Assert.That((result.ExitCode, result.Stdout), Is.EqualTo((0, "No sending statistics: nothing was sent in the last two weeks.\n")));
    }

    [Test]
    public async Task Stats_Json_IsATimeSortedArrayWithIsoUtcTimestamps()
    {
        var result = await cli.RunAsync("stats", "--json");

        var json = Json.Parse(result.Stdout);
        Assert.Multiple(() =>
        {
            Assert.That(json.ValueKind, Is.EqualTo(JsonValueKind.Array));
            Assert.That(
                json.EnumerateArray().Select(p => p.GetProperty("Timestamp").GetString()),
                Is.EqualTo(new[] { "2011-08-12T18:13:00Z", "2011-08-12T21:28:00Z", "2011-08-13T02:43:00Z", "2011-08-13T05:43:00Z", "2011-08-13T09:58:00Z" }));
        });
    }

    [Test]
    public async Task Stats_Json_PointHasTheLibraryFields()
    {
        var result = await cli.RunAsync("stats", "--json");

        var last = Json.Parse(result.Stdout)[4];
        Assert.Multiple(() =>
        {
            Assert.That(Json.PropertyNames(last), Is.EqualTo(new[] { "Timestamp", "DeliveryAttempts", "Bounces", "Complaints", "Rejects" }));
            Assert.That(last.GetProperty("DeliveryAttempts").GetInt64(), Is.EqualTo(25));
            Assert.That(last.GetProperty("Bounces").GetInt64(), Is.EqualTo(2));
            Assert.That(last.GetProperty("Complaints").GetInt64(), Is.EqualTo(0));
            Assert.That(last.GetProperty("Rejects").GetInt64(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Stats_JsonWithNonUtcOffset_WritesUtc()
    {
        cli.Ses.Setup(s => s.GetSendStatisticsAsync(It.IsAny<CancellationToken>()))
            .ReturnsAsync([new SendDataPoint(new DateTimeOffset(2011, 8, 13, 4, 43, 0, TimeSpan.FromHours(2)), 1, 0, 0, 0)]);

        var result = await cli.RunAsync("stats", "--json");

        Assert.That(Json.Parse(result.Stdout)[0].GetProperty("Timestamp").GetString(), Is.EqualTo("2011-08-13T02:43:00Z"));
    }

    [Test]
    public async Task Stats_JsonNoPoints_IsAnEmptyArray()
    {
        cli.Ses.Setup(s => s.GetSendStatisticsAsync(It.IsAny<CancellationToken>())).ReturnsAsync([]);

        var result = await cli.RunAsync("stats", "--json");

        Assert.That(Json.Parse(result.Stdout).GetArrayLength(), Is.EqualTo(0));
    }

    [Test]
    public async Task Stats_SesError_ExitsOne()
    {
        cli.Ses.Setup(s => s.GetSendStatisticsAsync(It.IsAny<CancellationToken>())).ThrowsAsync(Errors.InvalidToken());

        var result = await cli.RunAsync("stats");

        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((1, "error: InvalidClientTokenId: The security token included in the request is invalid. (RequestId 01c62c17-b51a-4ce0-bf29-37e13853a6cf)\n")));
    }

    private static string[] Cells(string row) =>
        [.. row.Split('│', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
