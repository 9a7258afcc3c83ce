using System.Threading.RateLimiting;

namespace Ses.Wrapper;

/// <summary>
/// A token bucket counting recipients (SES counts its sending rate in recipients), a
/// <see cref="ReplenishingRateLimiter"/> (<see cref="TimeProviderTokenBucket"/>): one token per 1/rate seconds, a
/// bucket of a tenth of a second's worth, replenished by a <see cref="TimeProvider"/> timer so that tests run on
/// fake time.
/// </summary>
/// <remarks>
/// A mail takes all its tokens before it is sent; a mail larger than the bucket takes them in a row (one mail at a
/// time), so its recipients may land in one instant. Over any second, then, at most
/// <c>rate + bucket + (largest mail - 1)</c> recipients go out; the rate is chosen so that this stays within the
/// account's limit, less the safety margin: <c>rate = min(limit * (1 - margin), limit - bucket - (largest - 1))</c>.
/// </remarks>
internal sealed class RecipientRateLimiter : IAsyncDisposable
{
    private const double MinimumRate = 0.1;

    private readonly TimeProviderTokenBucket limiter;
    private readonly ITimer timer;
    private readonly SemaphoreSlim sequence = new(1, 1);
    private readonly object gate = new();
    private readonly double margin;
    private double accountRate;
    private double slowdown = 1;
    private int successesSinceSlowDown;
    private int largestMail = 1;

    public RecipientRateLimiter(double accountRate, double margin, TimeProvider timeProvider)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(accountRate);
        this.accountRate = accountRate;
        this.margin = Math.Clamp(margin, 0, 0.9);
        BucketSize = Math.Max(1, (int)Math.Floor(accountRate * (1 - this.margin) / 10));
        Rate = Compute();
        limiter = new TimeProviderTokenBucket(BucketSize, Period(Rate), timeProvider);
        timer = timeProvider.CreateTimer(static state => ((TimeProviderTokenBucket)state!).TryReplenish(), limiter, Period(Rate), Period(Rate));
    }

    /// <summary>The current rate, in recipients per second.</summary>
    public double Rate { get; private set; }

    /// <summary>The most tokens available at once.</summary>
    public int BucketSize { get; }

    /// <summary>Waits until a mail of <paramref name="recipients"/> recipients may be sent.</summary>
    public async ValueTask AcquireAsync(int recipients, CancellationToken cancellationToken)
    {
        var count = Math.Max(1, recipients);
        if (count > Volatile.Read(ref largestMail))
        {
            lock (gate)
            {
                largestMail = Math.Max(largestMail, count);
                Apply();
            }
        }

        if (count <= BucketSize)
        {
            await TakeAsync(count, cancellationToken).ConfigureAwait(false);
            return;
        }

        await sequence.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            for (var remaining = count; remaining > 0; remaining -= BucketSize)
            {
                await TakeAsync(Math.Min(remaining, BucketSize), cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            sequence.Release();
        }
    }

    /// <summary>Slows the rate down after a throttle.</summary>
    public void SlowDown(double factor)
    {
        lock (gate)
        {
            slowdown *= factor;
            successesSinceSlowDown = 0;
            Apply();
        }
    }

    /// <summary>
    /// Counts a mail SES accepted; after about five seconds' worth of sends without a throttle, a slowed-down rate
    /// takes back a quarter of what it lost, until it is back at its target.
    /// </summary>
    public void RecordSuccess()
    {
        lock (gate)
        {
            if (slowdown >= 1 || ++successesSinceSlowDown < Math.Max(10, Rate * 5))
            {
                return;
            }

            slowdown = Math.Min(1, slowdown * 1.25);
            successesSinceSlowDown = 0;
            Apply();
        }
    }

    /// <summary>Takes a newly read account rate into account.</summary>
    public void SetAccountRate(double rate)
    {
        if (rate <= 0)
        {
            return;
        }

        lock (gate)
        {
            accountRate = rate;
            Apply();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await timer.DisposeAsync().ConfigureAwait(false);
        await limiter.DisposeAsync().ConfigureAwait(false);
        sequence.Dispose();
    }

    private async ValueTask TakeAsync(int tokens, CancellationToken cancellationToken)
    {
        using var lease = await limiter.AcquireAsync(tokens, cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            throw new InvalidOperationException("The recipient rate limiter refused a lease.");
        }
    }

    private double Compute()
    {
        var withMargin = accountRate * (1 - margin);
        var burstSafe = accountRate - BucketSize - (largestMail - 1);
        return Math.Max(MinimumRate, Math.Min(withMargin, burstSafe) * slowdown);
    }

    private void Apply()
    {
        var rate = Compute();
        if (Math.Abs(rate - Rate) < 1e-9)
        {
            return;
        }

        Rate = rate;
        timer?.Change(Period(rate), Period(rate));
    }

    private static TimeSpan Period(double recipientsPerSecond) => TimeSpan.FromTicks(Math.Max(1, (long)(TimeSpan.TicksPerSecond / recipientsPerSecond)));
}
