using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ses.Wrapper.Cli.Commands;
using Ses.Wrapper.Cli.Hosting;
using Ses.Wrapper.Cli.Tests.TestSupport;

namespace Ses.Wrapper.Cli.Tests.Commands;

/// <summary>
/// Every command registered on the root command (found by walking the tree, so new commands are covered without
/// editing this file) runs in-process against a loopback SES endpoint — answering the recorded fixtures, answering
/// errors, or not listening at all — with a credentials file holding a known secret key and session token, <c>-v</c>,
/// and every logger at Trace; neither secret may appear on stdout or stderr.
/// </summary>
public class AllCommandsSecretsTests
{
    private const string RawMessage = "From: a@example.com\r\nTo: b@example.com\r\nSubject: raw\r\n\r\nbody\r\n";

    private TempDirectory dir = null!;
    private string credentials = null!;
    private Dictionary<string, string[]> invocations = null!;

    /// <summary>How the endpoint answers.</summary>
    public enum Answer
    {
        /// <summary>The recorded successful answers.</summary>
        Fixtures,

        /// <summary>403 InvalidClientTokenId to every action.</summary>
        InvalidClientTokenId,

        /// <summary>403 SignatureDoesNotMatch to every action.</summary>
        SignatureDoesNotMatch,

        /// <summary>500 InternalFailure to every action.</summary>
        InternalFailure,

        /// <summary>400 MessageRejected to every action.</summary>
        MessageRejected,

        /// <summary>Nothing listens on the port.</summary>
        ClosedPort,
    }

    /// <summary>The paths of the runnable commands (leaves with an action), e.g. "quota", "templates put".</summary>
    public static IEnumerable<string> CommandPaths()
    {
        var root = SesCommandLine.Create(new CliEnvironment(TextReader.Null, TextWriter.Null, TextWriter.Null), helpWidth: 100);
        return Walk(root, prefix: null).Order(StringComparer.Ordinal);

        static IEnumerable<string> Walk(Command command, string? prefix)
        {
            foreach (var sub in command.Subcommands)
            {
                var path = prefix is null ? sub.Name : $"{prefix} {sub.Name}";
                if (sub.Action is not null)
                {
                    yield return path;
                }

                foreach (var deeper in Walk(sub, path))
                {
                    yield return deeper;
                }
            }
        }
    }

    public static IEnumerable<TestCaseData> Cases() =>
        from path in CommandPaths()
        from answer in Enum.GetValues<Answer>()
        select new TestCaseData(path, answer).SetArgDisplayNames(path, answer.ToString());

    [SetUp]
    public void SetUp()
    {
        dir = new TempDirectory();
        credentials = dir.File("creds", TestCredentials.FileWithToken + "Region=us-east-1\n");
        var body = dir.File("body.txt", "Hello {{email}}");
        var html = dir.File("body.html", "<p>Hello</p>");
        var recipients = dir.File("recipients.txt", "a@example.com\nb@example.com\n");
        var message = dir.File("message.eml", RawMessage);
        var data = dir.File("data.json", "{\"name\":\"Jane\"}");
        var attachment = dir.File("report.bin", [1, 2, 3, 4]);
        invocations = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["quota"] = ["quota"],
            ["stats"] = ["stats"],
            ["verified"] = ["verified"],
            ["verify"] = ["verify", "a@example.com,b@example.com"],
            ["delete"] = ["delete", "a@example.com"],
            ["send"] = ["send", "-f", "a@example.com", "-t", "b@example.com", "-s", "s", "--attach", attachment],
            ["send-bulk"] = ["send-bulk", "-f", "a@example.com", "-s", "s", "--to-file", recipients, "--text-file", body, "--rate", "50"],
            ["send-raw"] = ["send-raw", "--file", message],
            ["send-templated"] = ["send-templated", "-f", "a@example.com", "-t", "b@example.com", "--template", "Welcome", "--data-file", data],
            ["identities"] = ["identities"],
            ["verify-domain"] = ["verify-domain", "example.com"],
            ["templates list"] = ["templates", "list"],
            ["templates get"] = ["templates", "get", "Welcome"],
            ["templates put"] = ["templates", "put", "Welcome", "-s", "Hi {{name}}", "--text-file", body, "--html-file", html],
            ["templates delete"] = ["templates", "delete", "Welcome"],
        };
    }

    [TearDown]
    public void TearDown() => dir.Dispose();

    [Test]
    public void CommandPaths_FindsTheSesPyCommandsAndSendBulk()
    {
        Assert.That(CommandPaths(), Is.SupersetOf(new[] { "delete", "quota", "send", "send-bulk", "stats", "verified", "verify" }));
    }

    [TestCaseSource(nameof(Cases))]
    public async Task Command_TraceLoggingAndVerbose_NeverPrintsTheSecretOrToken(string path, Answer answer)
    {
        await using var endpoint = new FakeSesEndpoint();
        var url = endpoint.Url;
        if (answer == Answer.ClosedPort)
        {
            url = ClosedPortUrl();
        }
        else if (answer != Answer.Fixtures)
        {
            foreach (var action in Actions())
            {
                endpoint.Answers[action] = $"Error.{answer}.xml";
            }
        }

        var arguments = invocations.GetValueOrDefault(path) ?? Generic(path);
        var stdin = path == "send-raw" ? RawMessage : "body";
        var human = await RunAsync(stdin, [.. arguments, "-k", credentials, "-v", "--endpoint-url", url]);
        var json = await RunAsync(stdin, [.. arguments, "-k", credentials, "-v", "--endpoint-url", url, "--json"]);

        Assert.Multiple(() =>
        {
            foreach (var output in new[] { human, json })
            {
                Assert.That(output.AllOutput, Does.Not.Contain(TestCredentials.SecretKey), output.ToString());
                Assert.That(output.AllOutput, Does.Not.Contain(TestCredentials.SessionToken), output.ToString());
            }

            if (answer != Answer.ClosedPort && invocations.ContainsKey(path))
            {
                // The run reached SES, signed with the secret, and its requests were logged.
                Assert.That(endpoint.Requests, Is.Not.Empty, human.ToString());
                Assert.That(human.Stderr, Does.Contain(": Ses.Wrapper"), human.ToString());
            }
        });
    }

    [Test]
    public async Task Requests_CarryTheTokenOnTheWireOnly()
    {
        await using var endpoint = new FakeSesEndpoint();

        var result = await RunAsync("body", "quota", "-k", credentials, "-v", "--endpoint-url", endpoint.Url);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
            Assert.That(endpoint.Requests.Single().Headers.GetValueOrDefault("X-Amz-Security-Token"), Is.EqualTo(TestCredentials.SessionToken));
            Assert.That(result.AllOutput, Does.Not.Contain(TestCredentials.SessionToken));
        });
    }

    private static async Task<CliResult> RunAsync(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await SesCli.RunAsync(args, input, stdout, stderr, TraceEverything, CancellationToken.None);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>-v's logger writes every category at every level, Trace included.</summary>
    private static void TraceEverything(IServiceCollection services) =>
        services.PostConfigure<LoggerFilterOptions>(options =>
        {
            options.MinLevel = LogLevel.Trace;
            options.Rules.Clear();
        });

    /// <summary>Every action the fixtures know, so an error fixture answers each of them.</summary>
    private static IEnumerable<string> Actions() =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.xml")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Where(name => !name.StartsWith("Error.", StringComparison.Ordinal))
            .Select(name => name.Split('.')[0])
            .Distinct(StringComparer.Ordinal);

    /// <summary>Arguments for a command this file does not know: every argument and required option get a plausible value.</summary>
    private string[] Generic(string path)
    {
        var command = SesCommandLine.Create(new CliEnvironment(TextReader.Null, TextWriter.Null, TextWriter.Null), helpWidth: 100);
        var args = new List<string>();
        foreach (var name in path.Split(' '))
        {
            command = command.Subcommands.Single(c => c.Name == name);
            args.Add(name);
        }

        foreach (var argument in command.Arguments)
        {
            args.Add(argument.Name.Contains("domain", StringComparison.OrdinalIgnoreCase) ? "example.com" : "a@example.com");
        }

        foreach (var option in command.Options.Where(o => o.Required))
        {
            var help = (option.HelpName ?? option.Name).ToLowerInvariant();
            args.Add(option.Name);
            args.Add(help.Contains("file", StringComparison.Ordinal) || help.Contains('.', StringComparison.Ordinal) ? Path.Combine(dir.Path, "body.txt")
                : help.Contains("addr", StringComparison.Ordinal) ? "a@example.com"
                : "Welcome");
        }

        return [.. args];
    }

    private static string ClosedPortUrl()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}";
    }
}
