using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Ses.Wrapper.Tests.TestSupport;

/// <summary>Builds HTTP answers for a <see cref="FakeSesHandler"/> beyond a plain XML body: extra headers, other bodies.</summary>
internal static class SesAnswer
{
    /// <summary>An answer with a body, a status, a content type and optional headers (name, value).</summary>
    public static Func<HttpResponseMessage> Of(string body, HttpStatusCode status, string contentType = "text/xml", params (string Name, string Value)[] headers) => () =>
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    };

    /// <summary>A fixture answer that also carries an <c>x-amzn-RequestId</c> header.</summary>
    public static Func<HttpResponseMessage> FixtureWithRequestIdHeader(string fixture, HttpStatusCode status, string requestId) =>
        Of(Fixture.Read(fixture), status, "text/xml", ("x-amzn-RequestId", requestId));

    /// <summary>
    /// What <see cref="HttpClient"/> throws when the server reset the connection mid-request (on Linux:
    /// <see cref="HttpRequestException"/> ← <see cref="IOException"/> ← <see cref="SocketException"/> ConnectionReset).
    /// AWSSDK.Core treats such socket errors as a stale pooled connection.
    /// </summary>
    public static Exception ConnectionReset() => SocketFailure(SocketError.ConnectionReset);

    /// <summary>A transport failure caused by a socket error, shaped as <see cref="HttpClient"/> reports it.</summary>
    public static Exception SocketFailure(SocketError error) =>
        new HttpRequestException(
            HttpRequestError.Unknown,
            "An error occurred while sending the request.",
            new IOException("Unable to read data from the transport connection: " + error + ".", new SocketException((int)error)));

    /// <summary>What <see cref="HttpClient"/> throws when its <see cref="HttpClient.Timeout"/> elapses.</summary>
    public static Exception HttpClientTimeout() =>
        new TaskCanceledException(
            "The request was canceled due to the configured HttpClient.Timeout of 0.5 seconds elapsing.",
            new TimeoutException("The operation was canceled."));
}
