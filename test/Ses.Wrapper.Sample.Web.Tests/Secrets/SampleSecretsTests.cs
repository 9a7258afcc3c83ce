using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ses.Wrapper.IntegrationTests.Emulator;

namespace Ses.Wrapper.Sample.Web.Tests.Secrets;

/// <summary>
/// The sample app with a known secret key and session token (Ses:SecretAccessKey, Ses:SessionToken) and every logger at
/// Trace: every endpoint the app maps (found through its EndpointDataSource, so new ones are covered) is called while
/// a local SES endpoint answers the recorded fixtures, answers errors, or does not listen; neither secret may appear
/// in a response (status line, headers, body) or a log line (message or exception).
/// </summary>
[TestFixture]
public sealed class SampleSecretsTests
{
    private const string AccessKeyId = "AKIAIOSFODNN7EXAMPLE";
    private const string SecretKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzSECRETxKEY";
    private const string SessionToken = "FwoGZXIvYXdzEBSESSIONxTOKENxNEVERxPRINTxME";

    /// <summary>How the SES endpoint answers.</summary>
    public enum Answer
    {
        /// <summary>The recorded successful answers.</summary>
        Fixtures,

        /// <summary>403 InvalidClientTokenId.</summary>
        InvalidClientTokenId,

        /// <summary>403 SignatureDoesNotMatch.</summary>
        SignatureDoesNotMatch,

        /// <summary>500 InternalFailure.</summary>
        InternalFailure,

        /// <summary>400 MessageRejected.</summary>
        MessageRejected,

        /// <summary>Nothing listens on the port.</summary>
        ClosedPort,
    }

    public static IEnumerable<TestCaseData> Cases() =>
        from environment in new[] { "Development", "Production" }
        from answer in Enum.GetValues<Answer>()
        select new TestCaseData(environment, answer).SetArgDisplayNames(environment, answer.ToString());

    [TestCaseSource(nameof(Cases))]
    public async Task EveryEndpoint_TraceLogging_NeverShowsTheSecretOrToken(string environment, Answer answer)
    {
        await using var ses = new FixtureEndpoint(answer == Answer.Fixtures ? null : $"Error.{answer}.xml");
        var url = answer == Answer.ClosedPort ? ClosedPortUrl() : ses.Url;
        var logs = new CapturingLoggerProvider();
        await using var factory = new SecretAppFactory(environment, url, logs);
        using var client = factory.CreateClient();

        var endpoints = Endpoints(factory.Services);
        var responses = new List<string>();
        foreach (var (method, pattern) in endpoints)
        {
            foreach (var request in Requests(method, pattern))
            {
                using (request)
                using (var response = await client.SendAsync(request))
                {
                    responses.Add($"{method} {pattern} -> {(int)response.StatusCode} {response.ReasonPhrase}\n{response.Headers}{response.Content.Headers}\n{await response.Content.ReadAsStringAsync()}");
                }
            }
        }

        var logLines = logs.Lines.ToList();
        Assert.Multiple(() =>
        {
            Assert.That(endpoints, Has.Count.GreaterThanOrEqualTo(6), "the endpoints were not found");
            foreach (var text in responses.Concat(logLines))
            {
                Assert.That(text, Does.Not.Contain(SecretKey));
                Assert.That(text, Does.Not.Contain(SessionToken));
            }

            // Trace logging is on and the library logged; in the reachable cases the token really went over the wire.
            Assert.That(logLines, Has.Some.StartsWith("Trace "));
            Assert.That(logLines, Has.Some.Contains(" Ses.Wrapper"));
            if (answer != Answer.ClosedPort)
            {
                Assert.That(ses.Tokens, Is.Not.Empty);
                Assert.That(ses.Tokens, Is.All.EqualTo(SessionToken));
            }
        });
    }

    /// <summary>The app's routes: (HTTP method, route pattern), e.g. ("DELETE", "mail/verified/{address}").</summary>
    private static List<(string Method, string Pattern)> Endpoints(IServiceProvider services) =>
        [.. services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, e.RoutePattern.RawText ?? string.Empty)))
            .Distinct()
            .OrderBy(e => e.Item2, StringComparer.Ordinal)
            .ThenBy(e => e.m, StringComparer.Ordinal)];

    /// <summary>A valid request to the endpoint, and an invalid one where the endpoint takes a body.</summary>
    private static IEnumerable<HttpRequestMessage> Requests(string method, string pattern)
    {
        var path = "/" + System.Text.RegularExpressions.Regex.Replace(pattern, @"\{[^}]+\}", "a%40example.com");
        var httpMethod = new HttpMethod(method);
        if (method is "GET" or "DELETE")
        {
            yield return new HttpRequestMessage(httpMethod, path);
            yield break;
        }

        if (pattern.EndsWith("multipart", StringComparison.Ordinal))
        {
            yield return new HttpRequestMessage(httpMethod, path) { Content = Form(("to", "a@example.com"), ("subject", "s"), ("textBody", "t"), ("source", "from@example.com")) };
            yield return new HttpRequestMessage(httpMethod, path) { Content = Form(("to", "not an address"), ("subject", "s")) };
            yield break;
        }

        if (pattern.EndsWith("verified", StringComparison.Ordinal))
        {
            yield return new HttpRequestMessage(httpMethod, path) { Content = JsonContent.Create(new { emailAddress = "a@example.com" }) };
            yield return new HttpRequestMessage(httpMethod, path) { Content = JsonContent.Create(new { emailAddress = "not an address" }) };
            yield break;
        }

        yield return new HttpRequestMessage(httpMethod, path)
        {
            Content = JsonContent.Create(new
            {
                source = "from@example.com",
                to = new[] { "a@example.com" },
                subject = "s",
                textBody = "t",
                attachments = new[] { new { fileName = "a.txt", contentType = "text/plain", contentBase64 = "eA==" } },
            }),
        };
        yield return new HttpRequestMessage(httpMethod, path) { Content = JsonContent.Create(new { to = new[] { "not an address" } }) };
    }

    private static MultipartFormDataContent Form(params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }

    private static string ClosedPortUrl()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}";
    }

    /// <summary>The sample app with known credentials, its SES endpoint moved, and a capturing logger at Trace.</summary>
    private sealed class SecretAppFactory(string environment, string serviceUrl, CapturingLoggerProvider logs) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment(environment);
            builder.UseSetting("Ses:ServiceUrl", serviceUrl);
            builder.UseSetting("Ses:Region", "us-east-1");
            builder.UseSetting("Ses:AccessKeyId", AccessKeyId);
            builder.UseSetting("Ses:SecretAccessKey", SecretKey);
            builder.UseSetting("Ses:SessionToken", SessionToken);
            builder.UseSetting("Ses:DefaultSource", "sample@example.com");
            builder.UseSetting("Ses:Timeout", "00:00:05");
            builder.UseSetting("Ses:MaxErrorRetry", "0");
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
            builder.ConfigureServices(services => services.PostConfigure<LoggerFilterOptions>(options =>
            {
                options.MinLevel = LogLevel.Trace;
                options.Rules.Clear();
            }));
        }
    }

    /// <summary>Keeps every log line: level, category, message, and the whole exception with its inner ones.</summary>
    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull
            {
                lines.Enqueue($"Scope {category} {state}");
                return null;
            }

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var properties = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join("; ", pairs.Select(p => $"{p.Key}={p.Value}")) : string.Empty;
                lines.Enqueue($"{logLevel} {category} [{eventId}] {formatter(state, exception)} {{{properties}}} {exception}");
            }
        }
    }

    /// <summary>An HTTP endpoint on 127.0.0.1 answering SES Query API requests with the recorded fixtures (or one error fixture).</summary>
    private sealed class FixtureEndpoint : IAsyncDisposable
    {
        private static readonly string Fixtures = Path.Combine(SesEmulator.RepositoryRoot(), "test", "Ses.Wrapper.Tests", "Fixtures");

        private readonly HttpListener listener = new();
        private readonly string? error;
        private readonly Task loop;

        public FixtureEndpoint(string? errorFixture)
        {
            error = errorFixture;
            for (var attempt = 0; ; attempt++)
            {
                Url = ClosedPortUrl();
                listener.Prefixes.Clear();
                listener.Prefixes.Add(Url + "/");
                try
                {
                    listener.Start();
                    break;
                }
                catch (HttpListenerException) when (attempt < 5)
                {
                }
            }

            loop = Task.Run(ServeAsync);
        }

        public string Url { get; private set; } = string.Empty;

        public ConcurrentQueue<string> Tokens { get; } = new();

        public async ValueTask DisposeAsync()
        {
            listener.Stop();
            try
            {
                await loop;
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
            }

            listener.Close();
        }

        private async Task ServeAsync()
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync();
                }
                catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }

                _ = Task.Run(() => AnswerAsync(context));
            }
        }

        private async Task AnswerAsync(HttpListenerContext context)
        {
            try
            {
                string body;
                using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8))
                {
                    body = await reader.ReadToEndAsync();
                }

                Tokens.Enqueue(context.Request.Headers["X-Amz-Security-Token"] ?? string.Empty);
                var form = body.Split('&', StringSplitOptions.RemoveEmptyEntries)
                    .Select(p => p.Split('=', 2))
                    .ToDictionary(p => Uri.UnescapeDataString(p[0].Replace('+', ' ')), p => p.Length > 1 ? Uri.UnescapeDataString(p[1].Replace('+', ' ')) : string.Empty, StringComparer.Ordinal);
                var action = form.GetValueOrDefault("Action", string.Empty);
                var fixture = error
                    ?? (form.ContainsKey("NextToken") && File.Exists(Path.Combine(Fixtures, action + ".LastPage.xml")) ? action + ".LastPage.xml"
                    : File.Exists(Path.Combine(Fixtures, action + ".xml")) ? action + ".xml"
                    : "Error.InvalidParameterValue.xml");
                context.Response.StatusCode = !fixture.StartsWith("Error.", StringComparison.Ordinal) ? 200
                    : fixture is "Error.InvalidClientTokenId.xml" or "Error.SignatureDoesNotMatch.xml" or "Error.AccessDenied.xml" ? 403
                    : fixture == "Error.InternalFailure.xml" ? 500
                    : 400;
                context.Response.ContentType = "text/xml";
                var bytes = await File.ReadAllBytesAsync(Path.Combine(Fixtures, fixture));
                context.Response.ContentLength64 = bytes.Length;
                await context.Response.OutputStream.WriteAsync(bytes);
                context.Response.Close();
            }
            catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException)
            {
            }
        }
    }
}
