using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Ses.Wrapper.Cli.Output;

/// <summary>The human view of <c>ses quota</c>: aligned keys and values and the share of the 24-hour quota used.</summary>
internal static class QuotaView
{
    /// <summary>Formats a count of recipients: <c>50,000</c>, <c>0.5</c>.</summary>
    public static string Number(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>The share of the quota used, as a percentage with up to two decimals, or <c>unlimited</c>.</summary>
    public static string Share(SendQuota quota)
    {
        ArgumentNullException.ThrowIfNull(quota);
        return quota.UsedShare is { } share
            ? (share * 100).ToString("0.##", CultureInfo.InvariantCulture) + "% of the 24-hour quota"
            : quota.Max24HourSend < 0 ? "no limit (unlimited quota)" : "n/a (the 24-hour quota is 0)";
    }

    /// <summary>The rows shown, key and value.</summary>
    public static IReadOnlyList<(string Key, string Value)> Rows(SendQuota quota)
    {
        ArgumentNullException.ThrowIfNull(quota);
        return
        [
            ("Max24HourSend", quota.Max24HourSend < 0 ? "unlimited" : Number(quota.Max24HourSend)),
            ("SentLast24Hours", Number(quota.SentLast24Hours)),
            ("Remaining", quota.Remaining is { } remaining ? Number(remaining) : "unlimited"),
            ("MaxSendRate", Number(quota.MaxSendRate) + " per second"),
            ("Used", Share(quota)),
        ];
    }

    /// <summary>Builds the view: one line per row, keys in bold and padded so the values line up.</summary>
    public static IRenderable Create(SendQuota quota)
    {
        var rows = Rows(quota);
        var width = rows.Max(r => r.Key.Length) + 2;
        return new Rows(rows.Select(r => new Markup($"[bold]{Markup.Escape(r.Key.PadRight(width))}[/]{Markup.Escape(r.Value)}")));
    }
}
