using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Ses.Wrapper.HardeningTests.TestSupport;

/// <summary>
/// A tiny HTTP/1.1 server on a raw socket (127.0.0.1, a free port) that can misbehave at the byte level: every
/// request is parsed and recorded, then handed to a responder that writes whatever bytes it likes, stalls, closes or
/// resets the connection. Connections are kept alive until the responder closes them or the server is disposed.
/// </summary>
internal sealed class RawHttpServer : IAsyncDisposable
{
    private readonly TcpListener listener;
    private readonly Func<RawExchange, Task> respond;
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentDictionary<Socket, byte> connections = new();
    private readonly ConcurrentQueue<RawRequest> requests = new();
    private readonly List<Task> tasks = [];
    private readonly Task acceptLoop;
    private int requestCount;

    public RawHttpServer(Func<RawExchange, Task> respond)
    {
        this.respond = respond;
        listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start(512);
        Url = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
        acceptLoop = Task.Run(AcceptLoopAsync);
    }

    /// <summary>The server's base URL, for <c>SesOptions.ServiceUrl</c>.</summary>
    public Uri Url { get; }

    /// <summary>Every request received, in arrival order.</summary>
    public IReadOnlyList<RawRequest> Requests => [.. requests];

    /// <summary>How many requests were received.</summary>
    public int RequestCount => Volatile.Read(ref requestCount);

    /// <summary>Stops accepting, closes every connection and waits for the responders to end.</summary>
    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        foreach (var socket in connections.Keys)
        {
            socket.Dispose();
        }

        Task[] running;
        lock (tasks)
        {
            running = [.. tasks, acceptLoop];
        }

        await Task.WhenAll(running).WaitAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        stopping.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await listener.AcceptSocketAsync(stopping.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            socket.NoDelay = true;
            connections[socket] = 0;
            lock (tasks)
            {
                tasks.RemoveAll(t => t.IsCompleted);
                tasks.Add(Task.Run(() => ServeAsync(socket)));
            }
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        try
        {
            using var stream = new NetworkStream(socket, ownsSocket: false);
            var reader = new RequestReader(stream);
            while (!stopping.IsCancellationRequested)
            {
                var request = await reader.ReadAsync(stopping.Token);
                if (request is null)
                {
                    return;
                }

                requests.Enqueue(request);
                var number = Interlocked.Increment(ref requestCount);
                var exchange = new RawExchange(request, number, socket, stream, stopping.Token);
                await respond(exchange);
                if (exchange.IsClosed)
                {
                    return;
                }
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The client went away or the server is stopping.
        }
        finally
        {
            connections.TryRemove(socket, out _);
            socket.Dispose();
        }
    }

    /// <summary>Reads HTTP/1.1 requests with a Content-Length body from a stream.</summary>
    private sealed class RequestReader(NetworkStream stream)
    {
        private const int MaxHeaderBytes = 64 * 1024;
        private readonly byte[] buffer = new byte[16 * 1024];
        private int start;
        private int end;

        public async Task<RawRequest?> ReadAsync(CancellationToken cancellationToken)
        {
            int headerEnd;
            while ((headerEnd = buffer.AsSpan(start, end - start).IndexOf("\r\n\r\n"u8)) < 0)
            {
                if (end - start >= MaxHeaderBytes || !await FillAsync(cancellationToken))
                {
                    return null;
                }
            }

            var head = Encoding.ASCII.GetString(buffer, start, headerEnd);
            start += headerEnd + 4;
            var lines = head.Split("\r\n");
            var requestLine = lines[0].Split(' ');
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var line in lines.Skip(1))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
                }
            }

            var length = headers.TryGetValue("Content-Length", out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : 0;
            var body = new byte[length];
            var copied = 0;
            while (copied < length)
            {
                if (start == end && !await FillAsync(cancellationToken))
                {
                    return null;
                }

                var chunk = Math.Min(length - copied, end - start);
                Array.Copy(buffer, start, body, copied, chunk);
                start += chunk;
                copied += chunk;
            }

            return new RawRequest(requestLine[0], requestLine.Length > 1 ? requestLine[1] : "/", headers, Encoding.UTF8.GetString(body));
        }

        private async Task<bool> FillAsync(CancellationToken cancellationToken)
        {
            if (start > 0)
            {
                Array.Copy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }

            if (end == buffer.Length)
            {
                return false;
            }

            var read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken);
            end += read;
            return read > 0;
        }
    }
}
