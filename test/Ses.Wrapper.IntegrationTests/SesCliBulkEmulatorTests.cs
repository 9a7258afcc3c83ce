using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Ses.Wrapper.IntegrationTests.Emulator;

namespace Ses.Wrapper.IntegrationTests;

/// <summary>The built <c>ses send-bulk</c> sends a recipients file to the emulator: every mail arrives once.</summary>
[TestFixture]
public sealed class SesCliBulkEmulatorTests
{
    private const int Count = 200;

    private string cli = null!;
    private string directory = null!;
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

        var configuration = typeof(SesCliBulkEmulatorTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var candidates = new[] { configuration, "Release", "Debug" }
            .Distinct(StringComparer.Ordinal)
            .Select(c => Path.Combine(root, "src", "Ses.Wrapper.Cli", "bin", c, "net10.0", "ses.dll"))
            .Where(File.Exists)
            .OrderByDescending(File.GetLastWriteTimeUtc)
            .ToList();
        Assert.That(candidates, Is.Not.Empty, "The ses tool is not built under src/Ses.Wrapper.Cli/bin.");
        cli = candidates[0];

        directory = Directory.CreateTempSubdirectory("ses-cli-bulk-").FullName;
        credentialsFile = Path.Combine(directory, "credentials");
        File.WriteAllText(credentialsFile, $"AWSAccessKeyId={EmulatorClients.AccessKeyId}\nAWSSecretKey=emulator-dummy-secret\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(credentialsFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    [OneTimeTearDown]
    public void DeleteFiles()
    {
        if (directory is not null)
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Test]
    public async Task SesSendBulk_TwoHundredCsvRecipients_AllArriveOnceWithTheirFields()
    {
        var batch = Guid.NewGuid().ToString("N")[..8];
        var recipients = Path.Combine(directory, $"recipients-{batch}.csv");
        var csv = new StringBuilder("email,name\n");
        for (var i = 0; i < Count; i++)
        {
            csv.Append(FormattableString.Invariant($"bulk{i}-{batch}@example.com,\"Reader {i}, Esq.\"\n"));
        }

        await File.WriteAllTextAsync(recipients, csv.ToString());

        var run = await RunAsync(
            "Hello {{name}}, batch " + batch,
            "send-bulk", "-f", "bulk-cli@example.com", "-s", $"CLI bulk {batch} {{{{email}}}}", "--to-file", recipients, "--rate", "400", "--json");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.StandardError);

        var outcomes = run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        var stored = (await Emulator.GetMailsAsync()).Where(m => m.Subject?.StartsWith($"CLI bulk {batch} ", StringComparison.Ordinal) == true).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(outcomes.Select(o => o.GetProperty("Status").GetString()), Is.All.EqualTo("Sent"));
            Assert.That(outcomes.Select(o => o.GetProperty("Index").GetInt32()), Is.EqualTo(Enumerable.Range(0, Count)));
            Assert.That(stored, Has.Count.EqualTo(Count));
            Assert.That(stored.Select(m => m.Subject), Is.EquivalentTo(Enumerable.Range(0, Count).Select(i => $"CLI bulk {batch} bulk{i}-{batch}@example.com")));
            Assert.That(stored.Select(m => m.Destination.To.Single()), Is.EquivalentTo(Enumerable.Range(0, Count).Select(i => $"bulk{i}-{batch}@example.com")));
            Assert.That(stored.Single(m => m.Destination.To.Single() == $"bulk7-{batch}@example.com").Body.Text, Is.EqualTo($"Hello Reader 7, Esq., batch {batch}"));
            Assert.That(run.StandardError, Does.StartWith($"sent: {Count}, failed: 0, not sent: 0,"));
        });
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
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
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
