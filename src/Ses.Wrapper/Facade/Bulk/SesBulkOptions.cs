namespace Ses.Wrapper;

/// <summary>Settings of bulk sending (<c>Ses:Bulk</c>): the rate, its safety margin and the concurrency.</summary>
public sealed class SesBulkOptions
{
    /// <summary>
    /// The most recipients to send to in any one second; when null, the account's <c>MaxSendRate</c> from GetSendQuota
    /// less <see cref="SafetyMargin"/>. The margin does not apply to an explicit rate.
    /// </summary>
    public double? MaxSendRate { get; set; }

    /// <summary>The share of the account's rate kept unused, from 0 to 0.9 (default 0.1): SES throttles bursts at exactly its rate.</summary>
    public double SafetyMargin { get; set; } = 0.1;

    /// <summary>The most mails in flight at once (default 32); also bounds the memory used, whatever the input size.</summary>
    public int MaxConcurrency { get; set; } = 32;

    /// <summary>How often the account's rate is read again during a long send (default 5 minutes).</summary>
    public TimeSpan QuotaRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many times one mail is sent again after sending-rate throttles before it is reported failed (default 8).</summary>
    public int MaxThrottleRetries { get; set; } = 8;
}
