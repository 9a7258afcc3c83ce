using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Ses.Wrapper.Cli.Output;

/// <summary>
/// The human view of <c>ses stats</c>: a time-sorted table of the 15-minute data points with a totals row, then a bar
/// chart of the totals (delivery attempts, bounces, complaints, rejects) with the bounce and complaint rates.
/// </summary>
internal static class StatsView
{
    /// <summary>The format of a data point's time in the table (UTC).</summary>
    public const string TimeFormat = "yyyy-MM-dd HH:mm";

    /// <summary>The totals of the points.</summary>
    public static SendDataPoint Totals(IReadOnlyList<SendDataPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        return new SendDataPoint(
            points.Count == 0 ? default : points.Min(p => p.Timestamp),
            points.Sum(p => p.DeliveryAttempts),
            points.Sum(p => p.Bounces),
            points.Sum(p => p.Complaints),
            points.Sum(p => p.Rejects));
    }

    /// <summary>A rate as a percentage of the delivery attempts, or <c>n/a</c> when there were none.</summary>
    public static string Rate(long count, long attempts) =>
        attempts == 0 ? "n/a" : (100.0 * count / attempts).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    /// <summary>Builds the view; <paramref name="points"/> are sorted by time here whatever their order.</summary>
    public static IRenderable Create(IReadOnlyList<SendDataPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var totals = Totals(points);
        var table = new Table().Border(TableBorder.Rounded).Title("Sending statistics (15-minute intervals, UTC)");
        table.AddColumn(new TableColumn("Time (UTC)").Footer("Total").NoWrap());
        table.AddColumn(Counter("Delivery attempts", totals.DeliveryAttempts));
        table.AddColumn(Counter("Bounces", totals.Bounces));
        table.AddColumn(Counter("Complaints", totals.Complaints));
        table.AddColumn(Counter("Rejects", totals.Rejects));
        foreach (var point in points.OrderBy(p => p.Timestamp))
        {
            table.AddRow(
                point.Timestamp.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture),
                Count(point.DeliveryAttempts),
                Count(point.Bounces),
                Count(point.Complaints),
                Count(point.Rejects));
        }

        var chart = new BarChart()
            .Label("Totals")
            .Width(60)
            .AddItem("Delivery attempts", totals.DeliveryAttempts, Color.Green)
            .AddItem("Bounces", totals.Bounces, Color.Yellow)
            .AddItem("Complaints", totals.Complaints, Color.Red)
            .AddItem("Rejects", totals.Rejects, Color.Grey);
        var rates = new Text(
            $"Bounce rate {Rate(totals.Bounces, totals.DeliveryAttempts)}, complaint rate {Rate(totals.Complaints, totals.DeliveryAttempts)} of delivery attempts.");
        return new Rows(table, new Text(string.Empty), chart, new Text(string.Empty), rates);
    }

    private static TableColumn Counter(string header, long total) => new TableColumn(header).Footer(Count(total)).RightAligned();

    private static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
