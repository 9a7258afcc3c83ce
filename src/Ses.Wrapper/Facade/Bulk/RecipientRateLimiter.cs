using System.Threading.RateLimiting;

namespace Ses.Wrapper;

/// <summary>
/// A token bucket counting recipients (SES counts its sending rate in recipients): one token per 1/rate seconds, a
/// bucket of a tenth of a second's worth, replenished by a <see cref="TimeProvider"/> timer so that tests run on
/// fake time. Over any second at most <c>rate + bucket</c> recipients go out, which the safety margin keeps under
/// the account's limit.
/// </summary>
internal sealed class RecipientRateLimiter : IAsyncDisposable
{
    private readonly TokenBucketRateLimiter limiter;
    private readonly ITimer timer;
    private readonly object gate = new();

    public RecipientRateLimiter(double recipientsPerSecond, TimeProvider timeProvider)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(recipientsPerSecond);
        Rate = recipientsPerSecond;
        BucketSize = Math.Max(1, (int)Math.Floor(recipientsPerSecond / 10));
        limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = BucketSize,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = Period(recipientsPerSecond),
            AutoReplenishment = false,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        timer = timeProvider.CreateTimer(static state => ((TokenBucketRateLimiter)state!).TryReplenish(), limiter, Period(recipientsPerSecond), Period(recipientsPerSecond));
    }

    /// <summary>The current rate, in recipients per second.</summary>
    public double Rate { get; private set; }

    /// <summary>The most tokens available at once.</summary>
    public int BucketSize { get; }

    /// <summary>Waits until <paramref name="recipients"/> tokens were taken, in bucket-sized chunks.</summary>
    public async ValueTask AcquireAsync(int recipients, CancellationToken cancellationToken)
    {
        var remaining = Math.Max(1, recipients);
        while (remaining > 0)
        {
            var chunk = Math.Min(remaining, BucketSize);
            using var lease = await limiter.AcquireAsync(chunk, cancellationToken).ConfigureAwait(false);
            if (!lease.IsAcquired)
            {
                throw new InvalidOperationException("The recipient rate limiter refused a lease.");
            }

            remaining -= chunk;
        }
    }

    /// <summary>Changes the rate (for example slower after a throttle); the bucket size stays.</summary>
    public void SetRate(double recipientsPerSecond)
    {
        lock (gate)
        {
            if (recipientsPerSecond <= 0 || Math.Abs(recipientsPerSecond - Rate) < 1e-9)
            {
                return;
            }

            Rate = recipientsPerSecond;
            timer.Change(Period(recipientsPerSecond), Period(recipientsPerSecond));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await timer.DisposeAsync().ConfigureAwait(false);
        await limiter.DisposeAsync().ConfigureAwait(false);
    }

    private static TimeSpan Period(double recipientsPerSecond) => TimeSpan.FromTicks(Math.Max(1, (long)(TimeSpan.TicksPerSecond / recipientsPerSecond)));
}
