using System.Net;
using Amazon.Runtime;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Ses.Wrapper.SimpleEmail;
using Ses.Wrapper.SimpleEmail.Model;

namespace Ses.Wrapper.Tests.Facade.Bulk;

/// <summary>
/// A <see cref="SesService"/> over a mocked API layer on fake time: records when each SendEmail was made and with how
/// many recipients, and drives the clock while a bulk send runs.
/// </summary>
internal sealed class BulkHarness
{
    private readonly object gate = new();
    private int calls;

    public BulkHarness(double maxSendRate = 50, Action<SesBulkOptions>? configure = null)
    {
        Options = new SesOptions { DefaultSource = "sender@example.com" };
        configure?.Invoke(Options.Bulk);
        Client.Setup(c => c.GetSendQuotaAsync(It.IsAny<GetSendQuotaRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => new GetSendQuotaResponse { Max24HourSend = 100000, SentLast24Hours = 0, MaxSendRate = maxSendRate });
        Client.Setup(c => c.SendEmailAsync(It.IsAny<SendEmailRequest>(), It.IsAny<CancellationToken>()))
            .Returns((SendEmailRequest request, CancellationToken _) =>
            {
                int call;
                lock (gate)
                {
                    call = calls++;
                    Sends.Add(new RecordedSend(Time.GetUtcNow(), request.Destination!.ToAddresses.Count + request.Destination.CcAddresses.Count + request.Destination.BccAddresses.Count, request.Destination.ToAddresses[0]));
                }

                return Answer(call, request);
            });
        Service = new SesService(Client.Object, Microsoft.Extensions.Options.Options.Create(Options), null, Time);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero));

    public Mock<IAmazonSimpleEmailService> Client { get; } = new();

    public SesOptions Options { get; }

    public SesService Service { get; }

    public List<RecordedSend> Sends { get; } = [];

    /// <summary>Decides the answer to the n-th SendEmail call (0-based); success by default.</summary>
    public Func<int, SendEmailRequest, Task<SendEmailResponse>> Answer { get; set; } = (call, _) => Task.FromResult(Sent(call));

    public static SendEmailResponse Sent(int call) => new() { MessageId = $"msg-{call}", ResponseMetadata = new ResponseMetadata { RequestId = $"req-{call}" } };

    public static AmazonSimpleEmailServiceException Throttling(string message) =>
        new(message, null, ErrorType.Sender, "Throttling", "req-throttle", HttpStatusCode.BadRequest);

    public static List<SesMail> Mails(int count, int recipientsEach = 1) =>
        Enumerable.Range(0, count)
            .Select(i => new SesMail
            {
                To = [.. Enumerable.Range(0, recipientsEach).Select(r => $"user{i}-{r}@example.com")],
                Subject = $"Mail {i}",
                TextBody = "Hello",
            })
            .ToList();

    /// <summary>Runs the enumeration to its end while moving fake time forward in small steps.</summary>
    public async Task<List<SendOutcome>> RunAsync(IAsyncEnumerable<SendOutcome> outcomes, TimeSpan? step = null, Func<List<SendOutcome>, bool>? onOutcome = null)
    {
        var collected = new List<SendOutcome>();
        var task = Task.Run(async () =>
        {
            await foreach (var outcome in outcomes)
            {
                lock (collected)
                {
                    collected.Add(outcome);
                }

                onOutcome?.Invoke(collected);
            }
        });

        var advance = step ?? TimeSpan.FromMilliseconds(5);
        for (var i = 0; i < 200_000 && !task.IsCompleted; i++)
        {
            // Let the work released by the last tick settle before the clock moves on, so that each send is
            // recorded at the fake time its tokens were granted, however busy the machine is.
            await SettleAsync(collected);
            Time.Advance(advance);
        }

        await task;
        return collected;
    }

    private async Task SettleAsync(List<SendOutcome> collected)
    {
        var quiet = 0;
        for (var i = 0; i < 2000 && quiet < 2; i++)
        {
            var progress = Progress(collected);
            var completed = ThreadPool.CompletedWorkItemCount;
            await Task.Delay(1);
            var idle = ThreadPool.PendingWorkItemCount == 0
                && ThreadPool.CompletedWorkItemCount - completed <= 2
                && Progress(collected) == progress;
            quiet = idle ? quiet + 1 : 0;
        }
    }

    private long Progress(List<SendOutcome> collected)
    {
        lock (gate)
        {
            lock (collected)
            {
                return (Sends.Count * 1_000_000L) + collected.Count;
            }
        }
    }

    /// <summary>The most recipients sent within any window of the given length.</summary>
    public int MaxRecipientsInAnyWindow(TimeSpan window)
    {
        var sends = Sends.OrderBy(s => s.At).ToList();
        var max = 0;
        for (var i = 0; i < sends.Count; i++)
        {
            var sum = 0;
            for (var j = i; j < sends.Count && sends[j].At - sends[i].At < window; j++)
            {
                sum += sends[j].Recipients;
            }

            max = Math.Max(max, sum);
        }

        return max;
    }
}
