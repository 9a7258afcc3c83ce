using Moq;
using Ses.Wrapper.SimpleEmail.Model;

namespace Ses.Wrapper.Tests.Facade.Bulk;

public class SesServiceSendManyTests
{
    [Test]
    public async Task SendManyAsync_RateFromQuota_NeverExceedsMaxSendRateInAnyOneSecondWindow()
    {
        var harness = new BulkHarness(maxSendRate: 50);

        var outcomes = await harness.RunAsync(harness.Service.SendManyAsync(BulkHarness.Mails(300)));

        Assert.Multiple(() =>
        {
            Assert.That(outcomes.Count(o => o.Status == SendOutcomeStatus.Sent), Is.EqualTo(300));
            Assert.That(harness.MaxRecipientsInAnyWindow(TimeSpan.FromSeconds(1)), Is.LessThanOrEqualTo(50));
        });
    }

    [Test]
    public async Task SendManyAsync_ManyRecipientsPerMail_CountsRecipientsNotMessages()
    {
        var harness = new BulkHarness(maxSendRate: 20);

        await harness.RunAsync(harness.Service.SendManyAsync(BulkHarness.Mails(40, recipientsEach: 5)));

        var span = harness.Sends.Max(s => s.At) - harness.Sends.Min(s => s.At);
        Assert.Multiple(() =>
        {
            Assert.That(harness.MaxRecipientsInAnyWindow(TimeSpan.FromSeconds(1)), Is.LessThanOrEqualTo(20));
            // 200 recipients at 18 per second (20 less the 10% margin) take about 11 s; counting messages would take 2 s.
            Assert.That(span, Is.GreaterThan(TimeSpan.FromSeconds(9)));
        });
    }

    [Test]
    public async Task SendManyAsync_ExplicitRate_UsesItWithoutReadingTheQuota()
    {
        var harness = new BulkHarness(maxSendRate: 50, configure: bulk => bulk.MaxSendRate = 10);

        await harness.RunAsync(harness.Service.SendManyAsync(BulkHarness.Mails(30)));

        Assert.Multiple(() =>
        {
            Assert.That(harness.MaxRecipientsInAnyWindow(TimeSpan.FromSeconds(1)), Is.LessThanOrEqualTo(10));
            harness.Client.Verify(c => c.GetSendQuotaAsync(It.IsAny<GetSendQuotaRequest>(), It.IsAny<CancellationToken>()), Times.Never);
        });
    }

    [Test]
    public async Task SendManyAsync_SendingRateThrottle_RetriesThatMailAndSucceeds()
    {
        var harness = new BulkHarness(maxSendRate: 50);
        harness.Answer = (call, _) => call == 2
            ? Task.FromException<SendEmailResponse>(BulkHarness.Throttling("Maximum sending rate exceeded."))
            : Task.FromResult(BulkHarness.Sent(call));

        var outcomes = await harness.RunAsync(harness.Service.SendManyAsync(BulkHarness.Mails(5)));

        Assert.Multiple(() =>
        {
            Assert.That(outcomes.Select(o => o.Status), Is.All.EqualTo(SendOutcomeStatus.Sent));
            Assert.That(outcomes.Sum(o => o.Attempts), Is.EqualTo(6));
            Assert.That(harness.Sends, Has.Count.EqualTo(6));
        });
    }

    [Test]
    public async Task SendManyAsync_SendingRateThrottle_SlowsTheBucketDown()
    {
        var harness = new BulkHarness(maxSendRate: 50);
        harness.Answer = (call, _) => call == 0
            ? Task.FromException<SendEmailResponse>(BulkHarness.Throttling("Maximum sending rate exceeded."))
            : Task.FromResult(BulkHarness.Sent(call));
        var progress = new CollectingProgress();

        await harness.RunAsync(harness.Service.SendManyAsync(BulkHarness.Mails(3), progress));

        Assert.Multiple(() =>
        {
            Assert.That(progress.Reports[^1].TargetRate, Is.LessThan(45).Within(0.001));
            Assert.That(progress.Reports[^1].Throttles, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task SendManyAsync_SendsGoThroughAfterAThrottle_RateRecoversToItsTarget()
    {
        var harness = new BulkHarness(maxSendRate: 50);
        harness.Answer = (call, _) => call == 0
            ? Task.FromException<SendEmailResponse>(BulkHarness.Throttling("Maximum sending rate exceeded."))
            : Task.FromResult(BulkHarness.Sent(call));
        var progress = new CollectingProgress();

        await harness.RunAsync(harness.Service.SendManyAsync(BulkHarness.Mails(400), progress), step: TimeSpan.FromMilliseconds(10));

        Assert.Multiple(() =>
        {
            Assert.That(progress.Reports.Min(r => r.TargetRate), Is.LessThan(45));
            Assert.That(progress.Reports[^1].TargetRate, Is.EqualTo(45).Within(0.001));
        });
    }

    [Test]
    public async Task SendManyAsync_DailyQuotaExceeded_StopsAndReportsTheRestNotSent()
    {
        var harness = new BulkHarness(maxSendRate: 50, configure: bulk => bulk.MaxConcurrency = 1);
        harness.Answer = (call, _) => call == 3
            ? Task.FromException<SendEmailResponse>(BulkHarness.Throttling("Daily message quota exceeded."))
            : Task.FromResult(BulkHarness.Sent(call));

        var outcomes = await harness.RunAsync(harness.Service.SendManyAsync(BulkHarness.Mails(10)));

        Assert.Multiple(() =>
        {
            Assert.That(outcomes.Select(o => o.Index), Is.EqualTo(Enumerable.Range(0, 10)));
            Assert.That(outcomes.Take(3).Select(o => o.Status), Is.All.EqualTo(SendOutcomeStatus.Sent));
            Assert.That(outcomes.Skip(3).Select(o => o.Status), Is.All.EqualTo(SendOutcomeStatus.NotSent));
            Assert.That(outcomes.Skip(3).Select(o => ((SesException)o.Error!).IsDailyQuotaExceeded), Is.All.True);
            Assert.That(harness.Sends, Has.Count.EqualTo(4));
        });
    }

    [Test]
    public async Task SendManyAsync_RejectedMail_FailsAloneAndTheRestGoOn()
    {
        var harness = new BulkHarness(maxSendRate: 50);
        harness.Answer = (call, request) => request.Destination!.ToAddresses[0].StartsWith("user1-", StringComparison.Ordinal)
            ? Task.FromException<SendEmailResponse>(new MessageRejectedException("Email address is not verified.", null, Amazon.Runtime.ErrorType.Sender, "MessageRejected", "req-x", System.Net.HttpStatusCode.BadRequest))
            : Task.FromResult(BulkHarness.Sent(call));

        var outcomes = await harness.RunAsync(harness.Service.SendManyAsync(BulkHarness.Mails(4)));

        Assert.Multiple(() =>
        {
            Assert.That(outcomes.Select(o => o.Status), Is.EqualTo(new[] { SendOutcomeStatus.Sent, SendOutcomeStatus.Failed, SendOutcomeStatus.Sent, SendOutcomeStatus.Sent }));
            Assert.That(((SesException)outcomes[1].Error!).IsRejected, Is.True);
            Assert.That(outcomes[1].Attempts, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task SendManyAsync_InvalidMail_FailsWithArgumentExceptionAndSendsNothingForIt()
    {
        var harness = new BulkHarness(maxSendRate: 50);
        var mails = BulkHarness.Mails(3);
        mails[1].To[0] = "not an address";

        var outcomes = await harness.RunAsync(harness.Service.SendManyAsync(mails));

        Assert.Multiple(() =>
        {
            Assert.That(outcomes[1].Status, Is.EqualTo(SendOutcomeStatus.Failed));
            Assert.That(outcomes[1].Error, Is.InstanceOf<ArgumentException>());
            Assert.That(outcomes[1].Attempts, Is.Zero);
            Assert.That(harness.Sends, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public async Task SendManyAsync_CancelledMidway_ReportsSentAndNotSentAndStops()
    {
        var harness = new BulkHarness(maxSendRate: 10);
        using var cancellation = new CancellationTokenSource();

        var outcomes = await harness.RunAsync(
            harness.Service.SendManyAsync(BulkHarness.Mails(100), cancellationToken: cancellation.Token),
            onOutcome: collected =>
            {
                if (collected.Count == 5)
                {
                    cancellation.Cancel();
                }

                return true;
            });

        var sent = outcomes.Count(o => o.Status == SendOutcomeStatus.Sent);
        Assert.Multiple(() =>
        {
            Assert.That(outcomes, Has.Count.LessThan(100));
            Assert.That(sent, Is.EqualTo(harness.Sends.Count));
            Assert.That(outcomes.Where(o => o.Status == SendOutcomeStatus.NotSent).Select(o => o.Error), Is.All.InstanceOf<OperationCanceledException>());
            Assert.That(outcomes.Select(o => o.Index), Is.EqualTo(Enumerable.Range(0, outcomes.Count)));
        });
    }

    [Test]
    public async Task SendManyAsync_CallsFinishOutOfOrder_OutcomesComeInInputOrder()
    {
        var harness = new BulkHarness(maxSendRate: 50, configure: bulk => bulk.MaxConcurrency = 4);
        var pending = new List<TaskCompletionSource<SendEmailResponse>>();
        harness.Answer = (call, _) =>
        {
            var completion = new TaskCompletionSource<SendEmailResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (pending)
            {
                pending.Add(completion);
                if (pending.Count % 4 == 0)
                {
                    // Finish each group of four in reverse order.
                    for (var i = pending.Count - 1; i >= pending.Count - 4; i--)
                    {
                        pending[i].SetResult(BulkHarness.Sent(i));
                    }
                }
            }

            return completion.Task;
        };

        var outcomes = await harness.RunAsync(harness.Service.SendManyAsync(BulkHarness.Mails(8)));

        Assert.Multiple(() =>
        {
            Assert.That(outcomes.Select(o => o.Index), Is.EqualTo(Enumerable.Range(0, 8)));
            Assert.That(outcomes.Select(o => o.Status), Is.All.EqualTo(SendOutcomeStatus.Sent));
        });
    }

    [Test]
    public async Task SendManyAsync_Progress_IsMonotonicAndComplete()
    {
        var harness = new BulkHarness(maxSendRate: 50);
        harness.Answer = (call, _) => call % 7 == 3
            ? Task.FromException<SendEmailResponse>(new MessageRejectedException("rejected", null, Amazon.Runtime.ErrorType.Sender, "MessageRejected", "r", System.Net.HttpStatusCode.BadRequest))
            : Task.FromResult(BulkHarness.Sent(call));
        var progress = new CollectingProgress();

        var outcomes = await harness.RunAsync(harness.Service.SendManyAsync(BulkHarness.Mails(30, recipientsEach: 2), progress));

        var reports = progress.Reports;
        Assert.Multiple(() =>
        {
            Assert.That(reports.Select(r => r.Completed), Is.EqualTo(Enumerable.Range(1, 30)));
            Assert.That(reports.Select(r => r.Sent), Is.Ordered);
            Assert.That(reports.Select(r => r.Failed), Is.Ordered);
            Assert.That(reports.Select(r => r.RecipientsSent), Is.Ordered);
            Assert.That(reports.Select(r => r.Elapsed), Is.Ordered);
            Assert.That(reports[^1].Sent + reports[^1].Failed + reports[^1].NotSent, Is.EqualTo(30));
            Assert.That(reports[^1].RecipientsSent, Is.EqualTo(2 * outcomes.Count(o => o.Status == SendOutcomeStatus.Sent)));
        });
    }

    [Test]
    public async Task SendManyAsync_EndlessSourceWithStuckCalls_KeepsInFlightWorkBounded()
    {
        var harness = new BulkHarness(maxSendRate: 1000, configure: bulk => bulk.MaxConcurrency = 8);
        var never = new TaskCompletionSource<SendEmailResponse>();
        harness.Answer = (_, _) => never.Task;
        var pulled = 0;

        async IAsyncEnumerable<SesMail> Endless()
        {
            while (true)
            {
                Interlocked.Increment(ref pulled);
                yield return BulkHarness.Mails(1)[0];
                await Task.Yield();
            }
        }

        await using var enumerator = harness.Service.SendManyAsync(Endless()).GetAsyncEnumerator();
        var first = enumerator.MoveNextAsync().AsTask();
        for (var i = 0; i < 200; i++)
        {
            harness.Time.Advance(TimeSpan.FromMilliseconds(10));
            await Task.Delay(1);
        }

        Assert.Multiple(() =>
        {
            Assert.That(first.IsCompleted, Is.False);
            Assert.That(Volatile.Read(ref pulled), Is.EqualTo(8));
            Assert.That(harness.Sends, Has.Count.EqualTo(8));
        });
        never.SetResult(BulkHarness.Sent(0));
        Assert.That(await first, Is.True);
    }

    [Test]
    public void SendManyAsync_QuotaUnreadable_ThrowsSesExceptionBeforeSending()
    {
        var harness = new BulkHarness(maxSendRate: 50);
        harness.Client.Setup(c => c.GetSendQuotaAsync(It.IsAny<GetSendQuotaRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HttpRequestException("connection refused"));

        var error = Assert.ThrowsAsync<SesException>(async () => await harness.Service.SendManyAsync(BulkHarness.Mails(2)).GetAsyncEnumerator().MoveNextAsync());

        Assert.Multiple(() =>
        {
            Assert.That(error!.Kind, Is.EqualTo(SesErrorKind.Network));
            Assert.That(harness.Sends, Is.Empty);
        });
    }

    [Test]
    public void SendManyAsync_NullMails_ThrowsWithParameterName()
    {
        var harness = new BulkHarness();

        var error = Assert.Throws<ArgumentNullException>(() => harness.Service.SendManyAsync((IEnumerable<SesMail>)null!));

        Assert.That(error!.ParamName, Is.EqualTo("mails"));
    }
}
