namespace Ses.Wrapper;

/// <summary>The account's sending limits, counted in recipients.</summary>
/// <param name="Max24HourSend">The most recipients per 24 hours; -1 means unlimited.</param>
/// <param name="SentLast24Hours">The recipients sent to in the last 24 hours.</param>
/// <param name="MaxSendRate">The most recipients per second.</param>
public sealed record SendQuota(double Max24HourSend, double SentLast24Hours, double MaxSendRate)
{
    /// <summary>The share of the 24-hour quota used, from 0 to 1; null when the quota is unlimited or zero.</summary>
    public double? UsedShare => Max24HourSend > 0 ? SentLast24Hours / Max24HourSend : null;

    /// <summary>The recipients that may still be sent to in the current 24 hours; null when unlimited.</summary>
    public double? Remaining => Max24HourSend >= 0 ? Math.Max(0, Max24HourSend - SentLast24Hours) : null;
}
