using System.Threading.RateLimiting;

namespace Ses.Wrapper;

/// <summary>
/// A token bucket <see cref="ReplenishingRateLimiter"/> whose clock is a <see cref="TimeProvider"/>: each
/// <see cref="TryReplenish"/> adds one token (up to the limit) and grants queued requests oldest first.
/// </summary>
/// <remarks>
/// The BCL's <see cref="TokenBucketRateLimiter"/> measures elapsed time with <c>Stopwatch</c> even when replenished by
/// hand, so it cannot run on fake time; this one has no clock of its own: the caller's timer is its only time source.
/// </remarks>
internal sealed class TimeProviderTokenBucket : ReplenishingRateLimiter
{
    private static readonly RateLimitLease Granted = new TokenLease(true);
    private static readonly RateLimitLease Refused = new TokenLease(false);

    private readonly object gate = new();
    private readonly LinkedList<Waiter> queue = new();
    private readonly TimeProvider timeProvider;
    private readonly int tokenLimit;
    private int tokens;
    private long? idleSince;
    private long successfulLeases;
    private long failedLeases;
    private bool disposed;

    public TimeProviderTokenBucket(int tokenLimit, TimeSpan replenishmentPeriod, TimeProvider timeProvider)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tokenLimit);
        this.tokenLimit = tokenLimit;
        this.timeProvider = timeProvider;
        ReplenishmentPeriod = replenishmentPeriod;
        tokens = tokenLimit;
        idleSince = timeProvider.GetTimestamp();
    }

    public override TimeSpan ReplenishmentPeriod { get; }

    public override bool IsAutoReplenishing => false;

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (gate)
            {
                return idleSince is { } since ? timeProvider.GetElapsedTime(since) : null;
            }
        }
    }

    /// <summary>Adds one token and grants the queued requests it completes.</summary>
    public override bool TryReplenish()
    {
        List<Waiter>? ready = null;
        lock (gate)
        {
            if (disposed)
            {
                return true;
            }

            tokens = Math.Min(tokenLimit, tokens + 1);
            while (queue.First is { } first && first.Value.Permits <= tokens)
            {
                tokens -= first.Value.Permits;
                queue.RemoveFirst();
                (ready ??= []).Add(first.Value);
            }

            if (queue.Count == 0 && tokens == tokenLimit)
            {
                idleSince ??= timeProvider.GetTimestamp();
            }
        }

        if (ready is not null)
        {
            foreach (var waiter in ready)
            {
                Interlocked.Increment(ref successfulLeases);
                waiter.Complete(Granted);
            }
        }

        return true;
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (gate)
        {
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = tokens,
                CurrentQueuedCount = queue.Sum(w => w.Permits),
                TotalSuccessfulLeases = Interlocked.Read(ref successfulLeases),
                TotalFailedLeases = Interlocked.Read(ref failedLeases),
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        CheckPermits(permitCount);
        lock (gate)
        {
            if (!disposed && queue.Count == 0 && tokens >= permitCount)
            {
                tokens -= permitCount;
                idleSince = null;
                Interlocked.Increment(ref successfulLeases);
                return Granted;
            }
        }

        Interlocked.Increment(ref failedLeases);
        return Refused;
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        CheckPermits(permitCount);
        cancellationToken.ThrowIfCancellationRequested();
        Waiter waiter;
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (queue.Count == 0 && tokens >= permitCount)
            {
                tokens -= permitCount;
                idleSince = null;
                Interlocked.Increment(ref successfulLeases);
                return new ValueTask<RateLimitLease>(Granted);
            }

            idleSince = null;
            waiter = new Waiter(permitCount);
            waiter.Node = queue.AddLast(waiter);
        }

        if (cancellationToken.CanBeCanceled)
        {
            waiter.Registration = cancellationToken.Register(() => Cancel(waiter, cancellationToken));
        }

        return new ValueTask<RateLimitLease>(waiter.Task);
    }

    protected override void Dispose(bool disposing)
    {
        List<Waiter> pending;
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            pending = [.. queue];
            queue.Clear();
        }

        foreach (var waiter in pending)
        {
            waiter.Complete(Refused);
        }

        base.Dispose(disposing);
    }

    private void CheckPermits(int permitCount)
    {
        if (permitCount < 0 || permitCount > tokenLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(permitCount), permitCount, $"Between 0 and the bucket's {tokenLimit} tokens can be asked for at once.");
        }
    }

    private void Cancel(Waiter waiter, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (waiter.Node?.List is null)
            {
                return;
            }

            queue.Remove(waiter.Node);
        }

        waiter.Cancel(cancellationToken);
    }

    private sealed class Waiter(int permits)
    {
        private readonly TaskCompletionSource<RateLimitLease> completion = new();

        public int Permits { get; } = permits;

        public LinkedListNode<Waiter>? Node { get; set; }

        public CancellationTokenRegistration Registration { get; set; }

        public Task<RateLimitLease> Task => completion.Task;

        public void Complete(RateLimitLease lease)
        {
            Registration.Dispose();
            completion.TrySetResult(lease);
        }

        public void Cancel(CancellationToken cancellationToken) => completion.TrySetCanceled(cancellationToken);
    }

    private sealed class TokenLease(bool acquired) : RateLimitLease
    {
        public override bool IsAcquired { get; } = acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
