using System.Diagnostics;
using System.Globalization;
using System.Text;
using Amazon;
using Amazon.Runtime;
using Microsoft.Extensions.Options;
using Ses.Wrapper;
using Ses.Wrapper.SimpleEmail;

// Sends mails with one attachment of each size through the whole stack (facade, MIME, API client, SDK pipeline,
// HttpClient) to an in-process endpoint that reads and discards the body, and reports per send: the MIME size, the
// bytes allocated (precise), and the peak of the managed heap above the idle heap (sampled every millisecond).
var sizes = args.Length > 0 ? args.Select(a => (int)(double.Parse(a, CultureInfo.InvariantCulture) * 1024 * 1024)).ToArray() : [9 * 1024 * 1024, 5 * 1024 * 1024, 1024 * 1024];
var endpoint = new DrainingEndpoint();
using var client = new AmazonSimpleEmailServiceClient(
    new BasicAWSCredentials("AKIDEXAMPLE0BENCHKEY", "bench-secret-key-not-real-0000000000000000"),
    new AmazonSimpleEmailServiceConfig { RegionEndpoint = RegionEndpoint.USEast1, HttpClientFactory = new EndpointFactory(endpoint) });

// The 9 MB attachment exceeds SES's limit (10 MiB of base64 of the whole message); raise it to measure the send path.
var service = new SesService(client, Options.Create(new SesOptions { MaxRawMessageSize = 64L * 1024 * 1024 }));

Console.WriteLine("attachment MB | MIME MB | body MB sent | allocated MB (cold) | peak heap MB (cold) | allocated MB (warm) | peak heap MB (warm) | string path MB");
foreach (var size in sizes)
{
    var content = new byte[size];
    new Random(size).NextBytes(content);
    var mail = new SesMail
    {
        Source = "sender@example.com",
        To = ["to@example.com"],
        Subject = "Report",
        TextBody = "The report is attached.",
        Attachments = [SesAttachment.FromBytes("report.bin", content)],
    };

    var cold = await Measure(() => service.SendAsync(mail));
    var warm = await Measure(() => service.SendAsync(mail));
    var mime = endpoint.LastMimeBytes;

    // For comparison: what the SDK's usual Query path costs for the same message (a base64 string in the request's
    // parameters, form-encoded into a string, then into UTF-8 bytes), without MIME building or HTTP.
    var message = new byte[mime];
    var stringPath = await Measure(() =>
    {
        var base64 = Convert.ToBase64String(message);
        var form = "Action=SendRawEmail&Version=2010-12-01&RawMessage.Data=" + Amazon.Util.AWSSDKUtils.UrlEncode(base64, false);
        GC.KeepAlive(Encoding.UTF8.GetBytes(form));
        return Task.CompletedTask;
    });
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{size / 1048576.0,13:F1} | {mime / 1048576.0,7:F1} | {endpoint.LastBodyBytes / 1048576.0,12:F1} | {cold.Allocated / 1048576.0,19:F1} | {cold.Peak / 1048576.0,19:F1} | {warm.Allocated / 1048576.0,19:F1} | {warm.Peak / 1048576.0,19:F1} | {stringPath.Allocated / 1048576.0,14:F1}"));
}

static async Task<(long Allocated, long Peak)> Measure(Func<Task> send)
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    var idle = GC.GetTotalMemory(forceFullCollection: true);
    var peak = idle;
    using var stop = new CancellationTokenSource();
    var sampler = new Thread(() =>
    {
        while (!stop.IsCancellationRequested)
        {
            peak = Math.Max(peak, GC.GetTotalMemory(false));
            Thread.Yield();
        }
    }) { IsBackground = true };
    sampler.Start();
    var before = GC.GetTotalAllocatedBytes(precise: true);
    await send();
    var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
    await stop.CancelAsync();
    sampler.Join();
    return (allocated, peak - idle);
}

/// <summary>Answers every SendRawEmail, reading the body through a small reused buffer and keeping only its length.</summary>
internal sealed class DrainingEndpoint : HttpMessageHandler
{
    private static readonly byte[] Answer = Encoding.UTF8.GetBytes(
        "<SendRawEmailResponse xmlns=\"http://ses.amazonaws.com/doc/2010-12-01/\"><SendRawEmailResult><MessageId>bench</MessageId>" +
        "</SendRawEmailResult><ResponseMetadata><RequestId>bench</RequestId></ResponseMetadata></SendRawEmailResponse>");

    private readonly byte[] scratch = new byte[81920];

    public long LastBodyBytes { get; private set; }

    /// <summary>The MIME size implied by the body: the base64 after "RawMessage.Data=" (URL-encoded), decoded length.</summary>
    public long LastMimeBytes { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        long total = 0, escapes = 0, dataStart = -1, padding = 0;
        var marker = "RawMessage.Data="u8.ToArray();
        var matched = 0;
        await using (var body = await request.Content!.ReadAsStreamAsync(cancellationToken))
        {
            int read;
            while ((read = await body.ReadAsync(scratch, cancellationToken)) > 0)
            {
                for (var i = 0; i < read; i++)
                {
                    var b = scratch[i];
                    if (dataStart < 0)
                    {
                        matched = b == marker[matched] ? matched + 1 : (b == marker[0] ? 1 : 0);
                        if (matched == marker.Length)
                        {
                            dataStart = total + i + 1;
                        }
                    }
                    else if (b == '%')
                    {
                        escapes++;
                    }
                }

                if (dataStart >= 0 && read >= 6 && scratch[read - 3] == '%' && scratch[read - 2] == '3' && scratch[read - 1] == 'D')
                {
                    padding = scratch[read - 6] == '%' && scratch[read - 5] == '3' && scratch[read - 4] == 'D' ? 2 : 1;
                }

                total += read;
            }
        }

        LastBodyBytes = total;
        var base64 = total - dataStart - (2 * escapes);
        LastMimeBytes = (base64 / 4 * 3) - padding;
        return new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new ByteArrayContent(Answer) { Headers = { { "Content-Type", "text/xml" } } }, RequestMessage = request };
    }
}

internal sealed class EndpointFactory(HttpMessageHandler handler) : HttpClientFactory
{
    public override HttpClient CreateHttpClient(IClientConfig clientConfig) => new(handler, disposeHandler: false);

    public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => false;

    public override bool DisposeHttpClientsAfterUse(IClientConfig clientConfig) => true;
}
