using System.Runtime.CompilerServices;

namespace Ses.Wrapper;

/// <summary>
/// Sends many mails at the account's rate: a token bucket counting recipients, bounded concurrency, outcomes in input
/// order. Sending-rate throttles are waited out (backoff with jitter) and the mail sent again, slowing the bucket;
/// the daily quota stops the send and the rest is reported not sent; a rejection fails only its mail.
/// </summary>
internal sealed class SesBulkSender
{
    private const double SlowDownFactor = 0.8;
    private static readonly TimeSpan BaseBackoff = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    private readonly ISesService service;
    private readonly Action<SesMail> validate;
    private readonly SesBulkOptions options;
    private readonly TimeProvider timeProvider;
    private readonly Random random;

    public SesBulkSender(ISesService service, Action<SesMail> validate, SesBulkOptions options, TimeProvider timeProvider, Random? random = null)
    {
        this.service = service;
        this.validate = validate;
        this.options = options;
        this.timeProvider = timeProvider;
        this.random = random ?? Random.Shared;
    }

    public async IAsyncEnumerable<SendOutcome> SendManyAsync(
        IAsyncEnumerable<SesMail> mails,
        IProgress<BulkSendProgress>? progress,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        var accountRate = await ReadRateAsync(cancellationToken).ConfigureAwait(false);
        // An explicit rate is a ceiling already; the safety margin is for the account's own limit.
        var limiter = new RecipientRateLimiter(accountRate, options.MaxSendRate is null ? options.SafetyMargin : 0, timeProvider);
        await using var limiterScope = limiter.ConfigureAwait(false);
        var run = new Run(this, limiter, cancellationToken);
        var window = new Queue<Task<SendOutcome>>();
        var counts = new Counts();
        var index = 0;
        var exhausted = false;

        var source = mails.GetAsyncEnumerator(CancellationToken.None);
        await using var sourceScope = source.ConfigureAwait(false);
        while (true)
        {
            while (!exhausted && window.Count < Math.Max(1, options.MaxConcurrency))
            {
                if (run.Cancelled || (run.StopReason is not null && window.Count > 0))
                {
                    // Stop pulling: after cancellation nothing more is read; after the daily quota the rest is
                    // read once the in-flight mails are reported.
                    break;
                }

                if (!await source.MoveNextAsync().ConfigureAwait(false))
                {
                    exhausted = true;
                    break;
                }

                await run.RefreshRateIfDueAsync().ConfigureAwait(false);
                window.Enqueue(run.SendOneAsync(index++, source.Current));
            }

            if (window.Count == 0)
            {
                break;
            }

            var outcome = await window.Dequeue().ConfigureAwait(false);
            counts.Add(outcome);
            yield return outcome;
            progress?.Report(counts.Snapshot(run.Throttles, timeProvider.GetElapsedTime(started), limiter.Rate));
        }
    }

    private async Task<double> ReadRateAsync(CancellationToken cancellationToken)
    {
        if (options.MaxSendRate is { } explicitRate)
        {
            return explicitRate;
        }

        var quota = await service.GetSendQuotaAsync(cancellationToken).ConfigureAwait(false);
        return quota.MaxSendRate > 0 ? quota.MaxSendRate : 1;
    }

    /// <summary>Exponential backoff with jitter for the given attempt of one mail (1 s, 2 s, 4 s… up to 30 s, times 0.5–1).</summary>
    private TimeSpan Backoff(int attempt)
    {
        var exponential = BaseBackoff.TotalMilliseconds * Math.Pow(2, Math.Clamp(attempt - 1, 0, 10));
        var capped = Math.Min(exponential, MaxBackoff.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + (random.NextDouble() / 2)));
    }

    /// <summary>The shared state of one bulk send.</summary>
    private sealed class Run(SesBulkSender owner, RecipientRateLimiter limiter, CancellationToken cancellationToken)
    {
        private long lastRefresh = owner.timeProvider.GetTimestamp();
        private int throttles;

        public Exception? StopReason { get; private set; }

        public bool Cancelled => cancellationToken.IsCancellationRequested;

        public int Throttles => Volatile.Read(ref throttles);

        public async Task RefreshRateIfDueAsync()
        {
            if (owner.options.MaxSendRate is not null || owner.timeProvider.GetElapsedTime(lastRefresh) < owner.options.QuotaRefreshInterval)
            {
                return;
            }

            lastRefresh = owner.timeProvider.GetTimestamp();
            try
            {
                var quota = await owner.service.GetSendQuotaAsync(cancellationToken).ConfigureAwait(false);
                limiter.SetAccountRate(quota.MaxSendRate);
            }
            catch (Exception ex) when (ex is SesException or OperationCanceledException)
            {
                // Keep the current rate; the next refresh tries again.
            }
        }

        public async Task<SendOutcome> SendOneAsync(int index, SesMail mail)
        {
            var attempts = 0;
            if (StopReason is { } stopped)
            {
                return new SendOutcome(index, mail, SendOutcomeStatus.NotSent, null, stopped, attempts);
            }

            try
            {
                owner.validate(mail);
            }
            catch (ArgumentException ex)
            {
                return new SendOutcome(index, mail, SendOutcomeStatus.Failed, null, ex, attempts);
            }

            try
            {
                await limiter.AcquireAsync(mail.RecipientCount, cancellationToken).ConfigureAwait(false);
                while (true)
                {
                    if (StopReason is { } reason)
                    {
                        return new SendOutcome(index, mail, SendOutcomeStatus.NotSent, null, reason, attempts);
                    }

                    attempts++;
                    try
                    {
                        // The caller's token is not passed on: a send under way is finished, never abandoned half-way.
                        var result = await owner.service.SendAsync(mail, CancellationToken.None).ConfigureAwait(false);
                        limiter.RecordSuccess();
                        return new SendOutcome(index, mail, SendOutcomeStatus.Sent, result, null, attempts);
                    }
                    catch (SesException ex) when (ex.IsSendingRateExceeded && attempts <= owner.options.MaxThrottleRetries)
                    {
                        Interlocked.Increment(ref throttles);
                        limiter.SlowDown(SlowDownFactor);

                        await Task.Delay(owner.Backoff(attempts), owner.timeProvider, cancellationToken).ConfigureAwait(false);
                        await limiter.AcquireAsync(mail.RecipientCount, cancellationToken).ConfigureAwait(false);
                    }
                    catch (SesException ex) when (ex.IsDailyQuotaExceeded)
                    {
                        StopReason ??= ex;
                        return new SendOutcome(index, mail, SendOutcomeStatus.NotSent, null, ex, attempts);
                    }
                    catch (SesException ex)
                    {
                        return new SendOutcome(index, mail, SendOutcomeStatus.Failed, null, ex, attempts);
                    }
                    catch (ArgumentException ex)
                    {
                        return new SendOutcome(index, mail, SendOutcomeStatus.Failed, null, ex, attempts);
                    }
                }
            }
            catch (OperationCanceledException ex)
            {
                return new SendOutcome(index, mail, SendOutcomeStatus.NotSent, null, ex, attempts);
            }
        }
    }

    /// <summary>Running totals for progress reports.</summary>
    private sealed class Counts
    {
        private int completed;
        private int sent;
        private int failed;
        private int notSent;
        private long recipients;

        public void Add(SendOutcome outcome)
        {
            completed++;
            switch (outcome.Status)
            {
                case SendOutcomeStatus.Sent:
                    sent++;
                    recipients += outcome.Mail.RecipientCount;
                    break;
                case SendOutcomeStatus.Failed:
                    failed++;
                    break;
                default:
                    notSent++;
                    break;
            }
        }

        public BulkSendProgress Snapshot(int throttles, TimeSpan elapsed, double rate) =>
            new(completed, sent, failed, notSent, recipients, throttles, elapsed, rate);
    }
}
