using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Ses.Wrapper.HardeningTests.TestSupport;

namespace Ses.Wrapper.HardeningTests.FaultInjection;

/// <summary>
/// An SES endpoint on a <see cref="RawHttpServer"/> that injects faults into SendEmail: throttles, 500s, latency,
/// stalls past the client's timeout, resets before and after accepting, unreadable answers. Each mail is identified by
/// its subject <c>fault-NNN</c>; the fault of its n-th attempt comes from a Random seeded with (seed, mail, attempt),
/// so the plan does not depend on the order in which concurrent requests arrive. Every attempt is logged, with whether
/// the mail was accepted (as SES would have delivered it).
/// </summary>
internal sealed class FaultInjectingSes : IAsyncDisposable
{
    public const string SubjectPrefix = "fault-";

    private readonly int seed;
    private readonly TimeSpan stall;
    private readonly Func<int, bool> alwaysThrottledFirst;
    private readonly int forcedThrottles;
    private readonly ConcurrentDictionary<int, int> attempts = new();
    private readonly ConcurrentQueue<AttemptRecord> log = new();
    private readonly RawHttpServer server;

    /// <param name="seed">The seed of the fault plan.</param>
    /// <param name="stall">How long <see cref="Fault.StallAfterAccept"/> waits before answering: more than the client's timeout.</param>
    /// <param name="alwaysThrottledFirst">Mails whose first <paramref name="forcedThrottles"/> attempts are throttled.</param>
    /// <param name="forcedThrottles">How many attempts of those mails are throttled.</param>
    public FaultInjectingSes(int seed, TimeSpan stall, Func<int, bool> alwaysThrottledFirst, int forcedThrottles)
    {
        this.seed = seed;
        this.stall = stall;
        this.alwaysThrottledFirst = alwaysThrottledFirst;
        this.forcedThrottles = forcedThrottles;
        server = new RawHttpServer(RespondAsync);
    }

    public Uri Url => server.Url;

    /// <summary>Every SendEmail attempt, in the order they were handled.</summary>
    public IReadOnlyList<AttemptRecord> Log => [.. log];

    public ValueTask DisposeAsync() => server.DisposeAsync();

    /// <summary>The fault of a mail's attempt: the forced throttles first, then the seeded plan.</summary>
    public Fault Plan(int mail, int attempt)
    {
        if (alwaysThrottledFirst(mail) && attempt < forcedThrottles)
        {
            return Fault.Throttle;
        }

        var roll = new Random(HashCode.Combine(seed, mail, attempt)).NextDouble();
        return roll switch
        {
            < 0.08 => Fault.Throttle,
            < 0.14 => Fault.InternalError,
            < 0.18 => Fault.ResetBeforeAccept,
            < 0.22 => Fault.ResetAfterAccept,
            < 0.25 => Fault.ResetMidBody,
            < 0.28 => Fault.StallAfterAccept,
            < 0.30 => Fault.UnreadableAfterAccept,
            < 0.42 => Fault.Latency,
            _ => Fault.None,
        };
    }

    private async Task RespondAsync(RawExchange exchange)
    {
        if (exchange.Request.Action != "SendEmail")
        {
            await exchange.RespondAsync(200, SesXml.GetSendQuota);
            return;
        }

        var subject = exchange.Request.Form["Message.Subject.Data"];
        var mail = int.Parse(subject.AsSpan(SubjectPrefix.Length), CultureInfo.InvariantCulture);
        var attempt = attempts.AddOrUpdate(mail, 0, (_, previous) => previous + 1);
        var fault = Plan(mail, attempt);
        var accepted = fault is not (Fault.Throttle or Fault.InternalError or Fault.ResetBeforeAccept);
        var messageId = accepted ? $"msg-{mail:D3}-{attempt}" : null;

        // Logged before anything is answered: the client may finish as soon as it reads the answer.
        log.Enqueue(new AttemptRecord(mail, attempt, fault, messageId));
        var requestId = $"req-{mail:D3}-{attempt}";
        switch (fault)
        {
            case Fault.None:
                await exchange.RespondAsync(200, SesXml.SendEmail(messageId!, requestId));
                break;
            case Fault.Latency:
                await exchange.StallAsync(TimeSpan.FromMilliseconds(20 + (mail % 10 * 20)));
                await exchange.RespondAsync(200, SesXml.SendEmail(messageId!, requestId));
                break;
            case Fault.Throttle:
                await exchange.RespondAsync(400, SesXml.Error("Sender", "Throttling", "Maximum sending rate exceeded.", requestId));
                break;
            case Fault.InternalError:
                await exchange.RespondAsync(500, SesXml.Error("Receiver", "InternalFailure", "The request processing has failed because of an unknown error, exception or failure.", requestId));
                break;
            case Fault.ResetBeforeAccept or Fault.ResetAfterAccept:
                exchange.Reset();
                break;
            case Fault.ResetMidBody:
                var body = Encoding.UTF8.GetBytes(SesXml.SendEmail(messageId!, requestId));
                await exchange.WriteHeadAsync(200, "text/xml", body.Length);
                await exchange.WriteAsync(body.AsMemory(0, body.Length / 3));
                exchange.Reset();
                break;
            case Fault.StallAfterAccept:
                await exchange.StallAsync(stall);
                await exchange.RespondAsync(200, SesXml.SendEmail(messageId!, requestId));
                break;
            case Fault.UnreadableAfterAccept:
                await exchange.RespondAsync(200, "<html><body>Gateway says hello</body></html>", "text/html");
                break;
            default:
                throw new InvalidOperationException("Unknown fault " + fault);
        }
    }
}
