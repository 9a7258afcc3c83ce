using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Ses.Wrapper.IntegrationTests.Emulator;

namespace Ses.Wrapper.IntegrationTests;

/// <summary>The built <c>ses</c> tool (src/Ses.Wrapper.Cli) sends to the emulator: <c>ses send --endpoint-url ...</c>, body on stdin.</summary>
[TestFixture]
public sealed class SesCliEmulatorTests
{
    private string cli = null!;
    private string credentialsFile = null!;

    private static SesEmulator Emulator => EmulatorFixture.Emulator;

    [OneTimeSetUp]
    public void FindCli()
    {
        var root = SesEmulator.RepositoryRoot();
        if (!File.Exists(Path.Combine(root, "src", "Ses.Wrapper.Cli", "Ses.Wrapper.Cli.csproj")))
        {
            Assert.Ignore("There is no src/Ses.Wrapper.Cli project in this tree.");
        }

        // Built through this project's reference: in this configuration, or in Debug when a solution build reaches it
        // outside the solution (MSBuild then builds it in its default configuration). The newest build wins.
        var configuration = typeof(SesCliEmulatorTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var candidates = new[] { configuration, "Release", "Debug" }
            .Distinct(StringComparer.Ordinal)
            .Select(c => Path.Combine(root, "src", "Ses.Wrapper.Cli", "bin", c, "net10.0", "ses.dll"))
            .Where(File.Exists)
            .OrderByDescending(File.GetLastWriteTimeUtc)
            .ToList();
        Assert.That(candidates, Is.Not.Empty, "The ses tool is not built under src/Ses.Wrapper.Cli/bin.");
        cli = candidates[0];

        // ses.py's credentials file (-k), readable by its owner only; dummy keys: the emulator only checks that requests are signed.
        credentialsFile = Path.Combine(Path.GetTempPath(), $"ses-cli-emulator-{Guid.NewGuid():N}.credentials");
        File.WriteAllText(credentialsFile, $"AWSAccessKeyId={EmulatorClients.AccessKeyId}\nAWSSecretKey=emulator-dummy-secret\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(credentialsFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    [OneTimeTearDown]
    public void DeleteCredentials()
    {
        if (credentialsFile is not null)
        {
            File.Delete(credentialsFile);
        }
    }

    [Test]
    public async Task SesSend_TextOnStdin_ArrivesWithEveryField()
    {
        var run = await RunAsync("Body from stdin: Grüße 🚀\n",
            "send", "-f", "\"Cli Sender\" <cli@example.com>", "-t", "to@example.com", "-c", "cc@example.com", "-b", "bcc@example.com",
            "--reply-to", "reply@example.com", "-s", "CLI — Grüße ✓");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.StandardError);

        var stored = await Emulator.GetMailAsync(MessageIdFromText(run.StandardOutput));

        Assert.Multiple(() =>
        {
            Assert.That(stored.From, Is.EqualTo("\"Cli Sender\" <cli@example.com>"));
            Assert.That(stored.Destination.To, Is.EqualTo(new[] { "to@example.com" }));
            Assert.That(stored.Destination.Cc, Is.EqualTo(new[] { "cc@example.com" }));
            Assert.That(stored.Destination.Bcc, Is.EqualTo(new[] { "bcc@example.com" }));
            Assert.That(stored.ReplyTo, Is.EqualTo(new[] { "reply@example.com" }));
            Assert.That(stored.Subject, Is.EqualTo("CLI — Grüße ✓"));
            Assert.That(stored.Body.Text, Is.EqualTo("Body from stdin: Grüße 🚀\n"));
            Assert.That(stored.Body.Html, Is.Null);
        });
    }

    [Test]
    public async Task SesSend_SeveralToAddresses_EmulatorKeepsTheFirst()
    {
        var run = await RunAsync("x", "send", "-f", "cli@example.com", "-t", "first@example.com,second@example.com", "-s", "Two recipients");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.StandardError);

        var stored = await Emulator.GetMailAsync(MessageIdFromText(run.StandardOutput));

        Assert.That(stored.Destination.To, Is.EqualTo(new[] { "first@example.com" }));
    }

    [Test]
    public async Task SesSend_HtmlOnStdin_ArrivesAsHtmlBody()
    {
        var run = await RunAsync("<p>HTML from stdin ☕</p>", "send", "--html", "-f", "cli@example.com", "-t", "to@example.com", "-s", "HTML");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.StandardError);

        var stored = await Emulator.GetMailAsync(MessageIdFromText(run.StandardOutput));

        Assert.Multiple(() =>
        {
            Assert.That(stored.Body.Html, Is.EqualTo("<p>HTML from stdin ☕</p>"));
            Assert.That(stored.Body.Text, Is.Null);
        });
    }

    [Test]
    public async Task SesSend_Json_PrintsTheMessageIdTheEmulatorStored()
    {
        var run = await RunAsync("x", "send", "--json", "-f", "cli@example.com", "-t", "to@example.com", "-s", "JSON output");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.StandardError);

        using var json = JsonDocument.Parse(run.StandardOutput);
        var messageId = json.RootElement.GetProperty("MessageId").GetString()!;
        var stored = await Emulator.GetMailAsync(messageId);

        Assert.That(stored.Subject, Is.EqualTo("JSON output"));
    }

    [Test]
    public async Task SesSend_EmulatorRefusesEmptySubject_ExitsWithSesErrorAndMessage()
    {
        var run = await RunAsync("x", "send", "-f", "cli@example.com", "-t", "to@example.com", "-s", string.Empty);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.StandardError, Does.Contain("Http400"));
            Assert.That(run.StandardOutput, Does.Not.Contain("MessageId"));
        });
    }

    private static string MessageIdFromText(string output)
    {
        var line = output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("MessageId: ", StringComparison.Ordinal));
        Assert.That(line, Is.Not.Null, $"No 'MessageId: ' line in: {output}");
        return line!["MessageId: ".Length..];
    }

    private async Task<CliRun> RunAsync(string stdin, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(cli);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var argument in new[] { "-k", credentialsFile, "--region", "us-east-1", "--endpoint-url", Emulator.Url.ToString().TrimEnd('/') })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new CliRun(process.ExitCode, await stdout, await stderr);
    }

    private sealed record CliRun(int ExitCode, string StandardOutput, string StandardError);
}
