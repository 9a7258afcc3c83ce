using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Ses.Wrapper.HardeningTests.TestSupport;

/// <summary>
/// One request and the connection it came on: the responder writes raw bytes, well-formed answers, stalls, closes
/// (FIN) or resets (RST) the connection.
/// </summary>
internal sealed class RawExchange(RawRequest request, int number, Socket socket, NetworkStream stream, CancellationToken stopping)
{
    public RawRequest Request { get; } = request;

    /// <summary>The request's 1-based number across the server's lifetime.</summary>
    public int Number { get; } = number;

    /// <summary>Cancelled when the server is disposed: every stall must observe it.</summary>
    public CancellationToken Stopping { get; } = stopping;

    /// <summary>True once the responder closed or reset the connection.</summary>
    public bool IsClosed { get; private set; }

    /// <summary>Writes raw bytes.</summary>
    public async Task WriteAsync(ReadOnlyMemory<byte> bytes)
    {
        await stream.WriteAsync(bytes, Stopping);
        await stream.FlushAsync(Stopping);
    }

    /// <summary>Writes raw text as UTF-8.</summary>
    public Task WriteAsync(string text) => WriteAsync(Encoding.UTF8.GetBytes(text));

    /// <summary>Writes a status line and headers (Content-Length only when given), then the blank line.</summary>
    public Task WriteHeadAsync(int status, string contentType, long? contentLength, params (string Name, string Value)[] headers)
    {
        var head = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {status} {Reason(status)}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Content-Type: {contentType}\r\n");
        if (contentLength is { } length)
        {
            head.Append(CultureInfo.InvariantCulture, $"Content-Length: {length}\r\n");
        }

        foreach (var (name, value) in headers)
        {
            head.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        }

        return WriteAsync(head.Append("\r\n").ToString());
    }

    /// <summary>Writes a complete, honest answer.</summary>
    public async Task RespondAsync(int status, string body, string contentType = "text/xml", params (string Name, string Value)[] headers)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        await WriteHeadAsync(status, contentType, bytes.Length, headers);
        await WriteAsync(bytes);
    }

    /// <summary>Waits, unless the server stops first.</summary>
    public Task StallAsync(TimeSpan duration) => Task.Delay(duration, Stopping);

    /// <summary>Closes the connection gracefully (FIN).</summary>
    public void Close()
    {
        IsClosed = true;
        socket.Shutdown(SocketShutdown.Both);
        socket.Close();
    }

    /// <summary>Resets the connection (RST): linger on, zero timeout, close.</summary>
    public void Reset()
    {
        IsClosed = true;
        socket.LingerState = new LingerOption(true, 0);
        socket.Close();
    }

    private static string Reason(int status) => status switch
    {
        200 => "OK",
        400 => "Bad Request",
        403 => "Forbidden",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        _ => "Status",
    };
}
