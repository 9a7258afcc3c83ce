using System.Net;
using System.Text;
using System.Web;

namespace Ses.Wrapper.Bench.Bulk;

/// <summary>
/// A local SES-compatible endpoint: GetSendQuota reports the given MaxSendRate; SendEmail answers after a latency,
/// and answers "Maximum sending rate exceeded." when more than MaxSendRate recipients arrive within any second.
/// </summary>
internal sealed class StubSesServer(int port, double maxSendRate, TimeSpan latency)
{
    private readonly Queue<(long Ticks, int Recipients)> window = new();
    private readonly object gate = new();
    private int inFlight;
    private long messageCounter;

    public int PeakConcurrency { get; private set; }

    public int Throttles { get; private set; }

    public int Sent { get; private set; }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        using var registration = cancellationToken.Register(listener.Stop);
        while (!cancellationToken.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }

            _ = Task.Run(() => HandleAsync(context), CancellationToken.None);
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        string body;
        using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync();
        }

        var form = HttpUtility.ParseQueryString(body);
        var action = form["Action"];
        string xml;
        var status = 200;
        if (action == "GetSendQuota")
        {
            xml = $"<GetSendQuotaResponse xmlns=\"http://ses.amazonaws.com/doc/2010-12-01/\"><GetSendQuotaResult><SentLast24Hours>0.0</SentLast24Hours><Max24HourSend>200000.0</Max24HourSend><MaxSendRate>{maxSendRate:0.0}</MaxSendRate></GetSendQuotaResult><ResponseMetadata><RequestId>quota</RequestId></ResponseMetadata></GetSendQuotaResponse>";
        }
        else if (action == "Stats")
        {
            xml = $"{Sent} {Throttles} {PeakConcurrency}";
        }
        else
        {
            var recipients = form.AllKeys.Count(k => k is not null && k.StartsWith("Destination.", StringComparison.Ordinal));
            bool throttled;
            lock (gate)
            {
                // Like SES, count the recipients when the request arrives.
                inFlight++;
                PeakConcurrency = Math.Max(PeakConcurrency, inFlight);
                var now = Environment.TickCount64;
                while (window.Count > 0 && now - window.Peek().Ticks >= 1000)
                {
                    window.Dequeue();
                }

                throttled = window.Sum(w => w.Recipients) + recipients > maxSendRate;
                if (throttled)
                {
                    Throttles++;
                }
                else
                {
                    window.Enqueue((now, recipients));
                    Sent++;
                }
            }

            await Task.Delay(latency);
            lock (gate)
            {
                inFlight--;
            }

            if (throttled)
            {
                status = 400;
                xml = "<ErrorResponse xmlns=\"http://ses.amazonaws.com/doc/2010-12-01/\"><Error><Type>Sender</Type><Code>Throttling</Code><Message>Maximum sending rate exceeded.</Message></Error><RequestId>throttled</RequestId></ErrorResponse>";
            }
            else
            {
                var id = Interlocked.Increment(ref messageCounter);
                xml = $"<SendEmailResponse xmlns=\"http://ses.amazonaws.com/doc/2010-12-01/\"><SendEmailResult><MessageId>bench-{id:D8}</MessageId></SendEmailResult><ResponseMetadata><RequestId>req-{id}</RequestId></ResponseMetadata></SendEmailResponse>";
            }
        }

        var bytes = Encoding.UTF8.GetBytes(xml);
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/xml";
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }
}
