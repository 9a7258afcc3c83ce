using System.Globalization;
using Ses.Wrapper.HardeningTests.TestSupport;

namespace Ses.Wrapper.HardeningTests.FaultInjection;

/// <summary>
/// 500 mails through <see cref="ISesService.SendManyAsync(IEnumerable{SesMail}, IProgress{BulkSendProgress}?, CancellationToken)"/>
/// against an endpoint injecting throttles, 500s, latency, stalls, resets and unreadable answers (seeded): every mail is
/// accounted for exactly once, none is accepted twice, none reported "not sent" was accepted, and the only attempts
/// repeated are those answered with a sending-rate throttle — both by the SDK's retry (MaxErrorRetry 2) and by the bulk
/// sender after the SDK gave up (three mails are throttled past the SDK's retries on purpose; the bulk sender's
/// backoff of 1 s and more then runs on the real clock). The send runs once; each test checks one property of its
/// results.
/// </summary>
[TestFixture]
public sealed class BulkFaultInjectionTests
{
    private const int Mails = 500;
    private const int Seed = 20260501;
    private const int SdkRetries = 2;
    private static readonly TimeSpan SesTimeout = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(4);

    private List<SendOutcome> outcomes = [];
    private List<AttemptRecord> log = [];

    /// <summary>Mails whose first SDK-level attempts are all throttled, so the bulk sender itself must send them again.</summary>
    private static bool ThrottledPastTheSdk(int mail) => mail % 167 == 13;

    [OneTimeSetUp]
    public async Task SendFiveHundredMailsThroughFaults()
    {
        await using var endpoint = new FaultInjectingSes(Seed, stall: SesTimeout * 3, ThrottledPastTheSdk, forcedThrottles: SdkRetries + 1);
        using var host = new SesHost(
            endpoint.Url,
            SesTimeout,
            SdkRetries,
            o =>
            {
                o.Bulk.MaxSendRate = 500;
                o.Bulk.MaxConcurrency = 32;
            });
        var mails = Enumerable.Range(0, Mails).Select(i => new SesMail
        {
            To = [$"user{i}@example.com"],
            Subject = FaultInjectingSes.SubjectPrefix + i.ToString("D3", CultureInfo.InvariantCulture),
            TextBody = "Fault injection",
        });

        outcomes = await Collect(host.Ses.SendManyAsync(mails)).WaitAsync(HangGuard);
        log = [.. endpoint.Log];
        var kinds = outcomes.GroupBy(o => o.Status == SendOutcomeStatus.Sent ? "Sent" : "Failed " + (o.Error as SesException)?.Kind)
            .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {g.Count()}");
        var faults = log.GroupBy(a => a.Fault).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}");
        await TestContext.Progress.WriteLineAsync(
            $"Fault injection: {Mails} mails, {log.Count} attempts, {log.Count(a => a.Attempt > 0)} repeated; outcomes [{string.Join(", ", kinds)}]; faults [{string.Join(", ", faults)}]");
    }

    [Test]
    public void SendManyAsync_FaultyEndpoint_ReportsEveryMailOnceInOrder()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcomes.Select(o => o.Index), Is.EqualTo(Enumerable.Range(0, Mails)));
            Assert.That(outcomes.Select(o => o.Mail.Subject), Is.EqualTo(Enumerable.Range(0, Mails).Select(i => FaultInjectingSes.SubjectPrefix + i.ToString("D3", CultureInfo.InvariantCulture))));
        }
    }

    [Test]
    public void SendManyAsync_FaultyEndpoint_AcceptsNoMailTwice()
    {
        var acceptedTwice = log.Where(a => a.Accepted).GroupBy(a => a.Mail).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.That(acceptedTwice, Is.Empty);
    }

    [Test]
    public void SendManyAsync_FaultyEndpoint_SentMailsWereAcceptedOnceWithTheirMessageId()
    {
        var mismatches = outcomes
            .Where(o => o.Status == SendOutcomeStatus.Sent)
            .Where(o => log.Count(a => a.Mail == o.Index && a.Accepted) != 1
                || log.Single(a => a.Mail == o.Index && a.Accepted).MessageId != o.Result!.MessageId)
            .Select(o => o.Index);

        Assert.That(mismatches, Is.Empty);
    }

    [Test]
    public void SendManyAsync_FaultyEndpoint_NoMailReportedAsCertainlyNotSentWasAccepted()
    {
        var wronglyNotSent = outcomes
            .Where(o => o.Status != SendOutcomeStatus.Sent)
            .Where(o => o.Error is not SesException { MayHaveBeenSent: true })
            .Where(o => log.Any(a => a.Mail == o.Index && a.Accepted))
            .Select(o => $"{o.Index}: {o.Status} {o.Error?.GetType().Name} {(o.Error as SesException)?.Kind}");

        Assert.That(wronglyNotSent, Is.Empty);
    }

    [Test]
    public void SendManyAsync_FaultyEndpoint_FailsOnlyWithSesExceptions()
    {
        var notSent = outcomes.Where(o => o.Status != SendOutcomeStatus.Sent).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(notSent.Select(o => o.Status), Is.All.EqualTo(SendOutcomeStatus.Failed));
            Assert.That(notSent.Select(o => o.Error), Is.All.InstanceOf<SesException>());
        }
    }

    [Test]
    public void SendManyAsync_FaultyEndpoint_RepeatsOnlyAttemptsAnsweredWithAThrottle()
    {
        var repeatsAfterOtherAnswers = log
            .Where(a => a.Attempt > 0)
            .Where(a => log.Single(p => p.Mail == a.Mail && p.Attempt == a.Attempt - 1).Fault != Fault.Throttle)
            .Select(a => $"mail {a.Mail} attempt {a.Attempt}");

        Assert.That(repeatsAfterOtherAnswers, Is.Empty);
    }

    [Test]
    public void SendManyAsync_FaultyEndpoint_RepeatsEveryThrottledMailThatWasNotGivenUpOn()
    {
        var throttled = log.Where(a => a.Fault == Fault.Throttle).ToList();
        var repeated = throttled.Count(t => log.Any(a => a.Mail == t.Mail && a.Attempt == t.Attempt + 1));
        var givenUp = outcomes.Count(o => o.Error is SesException { IsSendingRateExceeded: true });

        Assert.That(repeated, Is.EqualTo(throttled.Count - givenUp));
    }

    [Test]
    public void SendManyAsync_MailsThrottledPastTheSdk_AreSentAgainByTheBulkSender()
    {
        var forced = outcomes.Where(o => ThrottledPastTheSdk(o.Index)).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(forced, Has.Count.EqualTo(3));
            Assert.That(forced.Select(o => o.Attempts), Is.All.GreaterThan(1));
            Assert.That(forced.Select(o => log.Count(a => a.Mail == o.Index)), Is.All.GreaterThan(SdkRetries + 1));
        }
    }

    [Test]
    public void SendManyAsync_FaultyEndpoint_ExercisedEveryFault()
    {
        var seen = log.Select(a => a.Fault).Distinct().Order();

        Assert.That(seen, Is.EquivalentTo(Enum.GetValues<Fault>()));
    }

    [Test]
    public void SendManyAsync_FaultyEndpoint_SendsTheMailsWhoseFirstAttemptSucceeded()
    {
        var cleanFirstAttempts = log.Where(a => a.Attempt == 0 && a.Fault is Fault.None or Fault.Latency).Select(a => a.Mail).ToHashSet();
        var sent = outcomes.Where(o => o.Status == SendOutcomeStatus.Sent).Select(o => o.Index).ToHashSet();

        Assert.That(cleanFirstAttempts.Except(sent), Is.Empty);
    }

    private static async Task<List<SendOutcome>> Collect(IAsyncEnumerable<SendOutcome> source)
    {
        var list = new List<SendOutcome>();
        await foreach (var outcome in source)
        {
            list.Add(outcome);
        }

        return list;
    }
}
