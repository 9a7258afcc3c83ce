using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Web;
using Amazon;
using Amazon.Runtime;
using Ses.Wrapper.SimpleEmail;
using Ses.Wrapper.SimpleEmail.Model;
using Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;
using Ses.Wrapper.Tests.TestSupport;

namespace Ses.Wrapper.Tests.SimpleEmailWire;

/// <summary>
/// The streamed SendRawEmail body: the same form encoding as before, built block by block, seekable, signed correctly
/// (checked with an independent SigV4 computation), and sent again intact on a retry.
/// </summary>
[TestFixture]
public sealed class RawMessageBodyWireTests
{
    private static byte[] Message(int size)
    {
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes);
        return bytes;
    }

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(12287)]
    [TestCase(12288)]
    [TestCase(12289)]
    [TestCase(100_000)]
    public void FormBody_AnySize_IsTheFormEncodingOfTheParametersAndTheBase64(int size)
    {
        var data = Message(size);
        using var body = new FormBodyWithBase64Stream([new("Action", "SendRawEmail"), new("Source", "a+b@example.com")], "RawMessage.Data", data);

        var text = Encoding.ASCII.GetString(ReadAll(body));

        Assert.Multiple(() =>
        {
            Assert.That(text, Is.EqualTo("Action=SendRawEmail&Source=a%2Bb%40example.com&RawMessage.Data=" + Uri.EscapeDataString(Convert.ToBase64String(data))));
            Assert.That(body.Length, Is.EqualTo(text.Length));
        });
    }

    [Test]
    public void FormBody_SeekAnywhereAndReadInOddChunks_GivesTheSameBytes()
    {
        var data = Message(50_000);
        using var body = new FormBodyWithBase64Stream([new("Action", "SendRawEmail")], "RawMessage.Data", data);
        var expected = ReadAll(body);
        var random = new Random(1);

        for (var i = 0; i < 200; i++)
        {
            var start = random.Next(0, expected.Length);
            var count = random.Next(1, 40_000);
            body.Position = start;
            var chunk = new byte[count];
            var read = body.Read(chunk, 0, count);
            Assert.That(chunk.AsSpan(0, read).SequenceEqual(expected.AsSpan(start, Math.Min(count, expected.Length - start))), Is.True, $"read at {start} of {count}");
        }
    }

    [Test]
    public void FormBody_ReadAtTheEnd_ReturnsZero()
    {
        using var body = new FormBodyWithBase64Stream([], "D", Message(10));
        body.Seek(0, SeekOrigin.End);

        Assert.That(body.Read(new byte[10], 0, 10), Is.Zero);
    }

    [Test]
    public void FormBody_SeekBeyondTheEnd_Throws()
    {
        using var body = new FormBodyWithBase64Stream([], "D", Message(10));

        Assert.Throws<ArgumentOutOfRangeException>(() => body.Position = body.Length + 1);
    }

    [Test]
    public async Task SendRawEmailAsync_LargeMessage_SendsNoQueryStringAndAFormContentType()
    {
        var handler = new CapturingHandler();
        using var client = Create(handler);

        await client.SendRawEmailAsync(new SendRawEmailRequest { Destinations = ["to@example.com"], RawMessage = new RawMessage { Data = new MemoryStream(Message(300_000)) } });

        var request = handler.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(request.Uri.Query, Is.Empty);
            Assert.That(request.Headers["content-type"], Does.StartWith("application/x-www-form-urlencoded"));
            Assert.That(request.Headers["content-length"], Is.EqualTo(request.Body.Length.ToString(CultureInfo.InvariantCulture)));
        });
    }

    [Test]
    public async Task SendRawEmailAsync_LargeMessage_CarriesEveryByteOfTheMessage()
    {
        var handler = new CapturingHandler();
        using var client = Create(handler);
        var data = Message(300_000);

        await client.SendRawEmailAsync(new SendRawEmailRequest { Destinations = ["to@example.com"], RawMessage = new RawMessage { Data = new MemoryStream(data) } });

        var form = HttpUtility.ParseQueryString(Encoding.ASCII.GetString(handler.Requests.Single().Body));
        Assert.Multiple(() =>
        {
            Assert.That(Convert.FromBase64String(form["RawMessage.Data"]!), Is.EqualTo(data));
            Assert.That(form["Destinations.member.1"], Is.EqualTo("to@example.com"));
            Assert.That(form["Action"], Is.EqualTo("SendRawEmail"));
        });
    }

    [Test]
    public async Task SendRawEmailAsync_StreamedBody_HasAValidSigV4Signature()
    {
        var handler = new CapturingHandler();
        using var client = Create(handler);

        await client.SendRawEmailAsync(new SendRawEmailRequest { Destinations = ["to@example.com"], RawMessage = new RawMessage { Data = new MemoryStream(Message(40_000)) } });

        var request = handler.Requests.Single();
        Assert.That(SigV4.Signature(request, WireClient.SecretKey, "us-west-2", "ses"), Is.EqualTo(SigV4.SignatureOf(request.Headers["authorization"])));
    }

    [Test]
    public async Task SendRawEmailAsync_RetriedAfterSendingRateThrottle_SendsTheSameBodyAgainSignedAgain()
    {
        var handler = new CapturingHandler(FixtureAnswer("Error.Throttling.SendingRate.xml", HttpStatusCode.BadRequest), FixtureAnswer("SendRawEmail.xml", HttpStatusCode.OK));
        using var client = Create(handler);

        var response = await client.SendRawEmailAsync(new SendRawEmailRequest { RawMessage = new RawMessage { Data = new MemoryStream(Message(40_000)) } });

        Assert.Multiple(() =>
        {
            Assert.That(response.MessageId, Is.EqualTo("0100018f0f3b9e07-c804283d-b67a-4b4a-b0ab-186632bce929-000000"));
            Assert.That(handler.Requests, Has.Count.EqualTo(2));
            Assert.That(handler.Requests[1].Body, Is.EqualTo(handler.Requests[0].Body));
            Assert.That(SigV4.Signature(handler.Requests[1], WireClient.SecretKey, "us-west-2", "ses"), Is.EqualTo(SigV4.SignatureOf(handler.Requests[1].Headers["authorization"])));
        });
    }

    [Test]
    public void SendRawEmailAsync_MessageRejected_ThrowsMessageRejectedExceptionAfterOneAttempt()
    {
        var handler = new CapturingHandler(FixtureAnswer("Error.MessageRejected.xml", HttpStatusCode.BadRequest));
        using var client = Create(handler);

        var error = Assert.ThrowsAsync<MessageRejectedException>(() => client.SendRawEmailAsync(new SendRawEmailRequest { RawMessage = new RawMessage { Data = new MemoryStream(Message(1000)) } }));

        Assert.Multiple(() =>
        {
            Assert.That(error!.ErrorCode, Is.EqualTo("MessageRejected"));
            Assert.That(error.Message, Does.Contain("sender@example.com"));
            Assert.That(handler.Requests, Has.Count.EqualTo(1));
        });
    }

    private static byte[] ReadAll(Stream stream)
    {
        stream.Position = 0;
        using var copy = new MemoryStream();
        stream.CopyTo(copy, 977);
        return copy.ToArray();
    }

    private static Func<HttpResponseMessage> FixtureAnswer(string name, HttpStatusCode status) =>
        () => new HttpResponseMessage(status) { Content = new StringContent(Fixture.Read(name), Encoding.UTF8, "text/xml") };

    private static AmazonSimpleEmailServiceClient Create(CapturingHandler handler) =>
        new(new BasicAWSCredentials(WireClient.AccessKeyId, WireClient.SecretKey), new AmazonSimpleEmailServiceConfig
        {
            RegionEndpoint = RegionEndpoint.USWest2,
            HttpClientFactory = new CapturingFactory(handler),
        });

    /// <summary>One request with every header (request and content headers, lower-case names) and the raw body.</summary>
    private sealed record Captured(HttpMethod Method, Uri Uri, Dictionary<string, string> Headers, byte[] Body);

    private sealed class CapturingHandler(params Func<HttpResponseMessage>[] answers) : HttpMessageHandler
    {
        public List<Captured> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var headers = request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
                .ToDictionary(h => h.Key.ToLowerInvariant(), h => string.Join(",", h.Value), StringComparer.Ordinal);
            headers.TryAdd("host", request.Headers.Host ?? request.RequestUri!.Authority);
            var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
            Requests.Add(new Captured(request.Method, request.RequestUri!, headers, body));
            var answer = answers.Length == 0 ? FixtureAnswer("SendRawEmail.xml", HttpStatusCode.OK) : answers[Math.Min(Requests.Count, answers.Length) - 1];
            var response = answer();
            response.RequestMessage = request;
            return response;
        }
    }

    private sealed class CapturingFactory(CapturingHandler handler) : HttpClientFactory
    {
        public override HttpClient CreateHttpClient(IClientConfig clientConfig) => new(handler, disposeHandler: false);

        public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => false;

        public override bool DisposeHttpClientsAfterUse(IClientConfig clientConfig) => true;
    }

    /// <summary>An independent AWS Signature Version 4 computation for a POST / without a query string.</summary>
    private static class SigV4
    {
        public static string SignatureOf(string authorization) => authorization[(authorization.IndexOf("Signature=", StringComparison.Ordinal) + 10)..];

        public static string Signature(Captured request, string secret, string region, string service)
        {
            var authorization = request.Headers["authorization"];
            var signedHeaders = authorization.Split("SignedHeaders=")[1].Split(',')[0];
            var amzDate = request.Headers["x-amz-date"];
            var date = amzDate[..8];
            var canonicalHeaders = string.Concat(signedHeaders.Split(';').Select(h => h + ":" + request.Headers[h].Trim() + "\n"));
            var canonicalRequest = string.Join("\n", request.Method.Method, "/", string.Empty, canonicalHeaders, signedHeaders, Hex(SHA256.HashData(request.Body)));
            var scope = $"{date}/{region}/{service}/aws4_request";
            var stringToSign = string.Join("\n", "AWS4-HMAC-SHA256", amzDate, scope, Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest))));
            var key = Encoding.UTF8.GetBytes("AWS4" + secret);
            foreach (var part in new[] { date, region, service, "aws4_request" })
            {
                key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(part));
            }

            return Hex(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
        }

        private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
    }
}
