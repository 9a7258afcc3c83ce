using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Ses.Wrapper.Cli.Tests.TestSupport;

/// <summary>
/// A minimal HTTP/1.1 endpoint on 127.0.0.1 (a free port) that answers SES Query API requests with the recorded
/// fixtures, chosen by the form's Action (or a configured override), and records every request. One request per
/// connection (Connection: close). Loopback only.
/// </summary>
internal sealed class FakeSesEndpoint : IAsyncDisposable
{
    private static readonly Dictionary<string, string> DefaultAnswers = new(StringComparer.Ordinal)
    {
        ["GetSendQuota"] = "GetSendQuota.xml",
        ["GetSendStatistics"] = "GetSendStatistics.xml",
        ["GetIdentityVerificationAttributes"] = "GetIdentityVerificationAttributes.xml",
        ["VerifyEmailIdentity"] = "VerifyEmailIdentity.xml",
        ["DeleteIdentity"] = "DeleteIdentity.xml",
        ["SendEmail"] = "SendEmail.xml",
    };

    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly Task acceptLoop;

    public FakeSesEndpoint()
    {
        listener.Start();
        Url = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
        acceptLoop = AcceptAsync();
    }

    public string Url { get; }

    public ConcurrentQueue<SesRequest> Requests { get; } = new();

    /// <summary>Fixture file names (optionally starting with "Error." for an error status) by Action, overriding the defaults.</summary>
    public ConcurrentDictionary<string, string> Answers { get; } = new(StringComparer.Ordinal);

    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        try
        {
            await acceptLoop;
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
        {
        }

        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(stopping.Token);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token);
                timeout.CancelAfter(TimeSpan.FromSeconds(30));
                var stream = client.GetStream();
                var request = await ReadRequestAsync(stream, timeout.Token);
                if (request is null)
                {
                    return;
                }

                Requests.Enqueue(request);
                var (status, body) = Answer(request);
                var head = $"HTTP/1.1 {status} {(status == 200 ? "OK" : "Error")}\r\nContent-Type: text/xml\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head), timeout.Token);
                await stream.WriteAsync(body, timeout.Token);
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException or SocketException)
            {
            }
        }
    }

    private (int Status, byte[] Body) Answer(SesRequest request)
    {
        var action = request.Form.GetValueOrDefault("Action", string.Empty);
        if (!Answers.TryGetValue(action, out var fixture))
        {
            fixture = action == "ListIdentities"
                ? request.Form.ContainsKey("NextToken") ? "ListIdentities.LastPage.xml" : "ListIdentities.xml"
                : DefaultAnswers.GetValueOrDefault(action, "Error.InvalidParameterValue.xml");
        }

        var status = !fixture.StartsWith("Error.", StringComparison.Ordinal) ? 200
            : fixture is "Error.InvalidClientTokenId.xml" or "Error.SignatureDoesNotMatch.xml" or "Error.AccessDenied.xml" ? 403
            : fixture == "Error.InternalFailure.xml" ? 500
            : 400;
        return (status, File.ReadAllBytes(FixturePath(fixture)));
    }

    private static async Task<SesRequest?> ReadRequestAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var buffer = new List<byte>();
        var chunk = new byte[8192];
        int headerEnd;
        while ((headerEnd = IndexOfHeaderEnd(buffer)) < 0)
        {
            var read = await stream.ReadAsync(chunk, cancellationToken);
            if (read == 0)
            {
                return null;
            }

            buffer.AddRange(chunk.AsSpan(0, read).ToArray());
        }

        var headerLines = Encoding.ASCII.GetString([.. buffer.Take(headerEnd)]).Split("\r\n");
        var headers = headerLines.Skip(1)
            .Select(l => l.Split(':', 2))
            .Where(p => p.Length == 2)
            .GroupBy(p => p[0].Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First()[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var length = headers.TryGetValue("Content-Length", out var value) ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        if (headers.TryGetValue("Expect", out var expect) && expect.Equals("100-continue", StringComparison.OrdinalIgnoreCase))
        {
            await stream.WriteAsync("HTTP/1.1 100 Continue\r\n\r\n"u8.ToArray(), cancellationToken);
        }

        var bodyStart = headerEnd + 4;
        while (buffer.Count - bodyStart < length)
        {
            var read = await stream.ReadAsync(chunk, cancellationToken);
            if (read == 0)
            {
                break;
            }

            buffer.AddRange(chunk.AsSpan(0, read).ToArray());
        }

        var body = Encoding.UTF8.GetString([.. buffer.Skip(bodyStart).Take(length)]);
        return new SesRequest(headerLines[0], headers, body, ParseForm(body));
    }

    private static int IndexOfHeaderEnd(List<byte> buffer)
    {
        for (var i = 0; i + 3 < buffer.Count; i++)
        {
            if (buffer[i] == '\r' && buffer[i + 1] == '\n' && buffer[i + 2] == '\r' && buffer[i + 3] == '\n')
            {
                return i;
            }
        }

        return -1;
    }

    private static Dictionary<string, string> ParseForm(string body) =>
        body.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(
                p => Uri.UnescapeDataString(p[0].Replace('+', ' ')),
                p => p.Length > 1 ? Uri.UnescapeDataString(p[1].Replace('+', ' ')) : string.Empty,
                StringComparer.Ordinal);
}
