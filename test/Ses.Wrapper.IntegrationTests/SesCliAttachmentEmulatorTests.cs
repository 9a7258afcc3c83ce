using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Ses.Wrapper.IntegrationTests.Emulator;

namespace Ses.Wrapper.IntegrationTests;

/// <summary>
/// The built <c>ses</c> tool sends files with <c>ses send --attach</c> to the emulator: a binary file holding every byte
/// value and a UTF-8 text file arrive byte-identical in its /store.
/// </summary>
[TestFixture]
public sealed class SesCliAttachmentEmulatorTests
{
    private static readonly byte[] AllBytes = [.. Enumerable.Range(0, 256).Select(i => (byte)i), .. Enumerable.Range(0, 256).Select(i => (byte)(255 - i))];
    private static readonly byte[] Text = Encoding.UTF8.GetBytes("Rechnung März — Grüße 🚀\nzweite Zeile  \r\nletzte Zeile ohne Umbruch");

    private string cli = null!;
    private string directory = null!;
    private string credentialsFile = null!;
    private string binaryFile = null!;
    private string textFile = null!;
    private StoredMail stored = null!;
    private string stdout = null!;

    private static SesEmulator Emulator => EmulatorFixture.Emulator;

    [OneTimeSetUp]
    public async Task SendWithTheBuiltToolAsync()
    {
        var root = SesEmulator.RepositoryRoot();
        if (!File.Exists(Path.Combine(root, "src", "Ses.Wrapper.Cli", "Ses.Wrapper.Cli.csproj")))
        {
            Assert.Ignore("There is no src/Ses.Wrapper.Cli project in this tree.");
        }

        var configuration = typeof(SesCliAttachmentEmulatorTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var candidates = new[] { configuration, "Release", "Debug" }
            .Distinct(StringComparer.Ordinal)
            .Select(c => Path.Combine(root, "src", "Ses.Wrapper.Cli", "bin", c, "net10.0", "ses.dll"))
            .Where(File.Exists)
            .OrderByDescending(File.GetLastWriteTimeUtc)
            .ToList();
        Assert.That(candidates, Is.Not.Empty, "The ses tool is not built under src/Ses.Wrapper.Cli/bin.");
        cli = candidates[0];

        directory = Directory.CreateTempSubdirectory("ses-cli-attach-").FullName;
        credentialsFile = Path.Combine(directory, "ses.credentials");
        File.WriteAllText(credentialsFile, $"AWSAccessKeyId={EmulatorClients.AccessKeyId}\nAWSSecretKey=emulator-dummy-secret\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(credentialsFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        binaryFile = Path.Combine(directory, "all-bytes.bin");
        File.WriteAllBytes(binaryFile, AllBytes);
        textFile = Path.Combine(directory, "notes.txt");
        File.WriteAllBytes(textFile, Text);

        var (exitCode, output, error) = await RunAsync(
            "Files attached.\n",
            "send", "--json", "-f", "cli-files@example.com", "-t", "to@example.com", "-b", "archive@example.com", "-s", "Two files — Grüße",
            "--attach", binaryFile, "--attach", textFile);
        Assert.That(exitCode, Is.EqualTo(0), error);
        stdout = output;
        using var json = JsonDocument.Parse(output);
        stored = await Emulator.GetMailAsync(json.RootElement.GetProperty("MessageId").GetString()!);
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
    public void SendAttach_BinaryFileWithEveryByteValue_ArrivesByteIdentical()
    {
        var binary = stored.Attachments.Single(a => a.Filename == "all-bytes.bin");

        Assert.Multiple(() =>
        {
            Assert.That(Convert.FromBase64String(binary.Content), Is.EqualTo(AllBytes));
            Assert.That(binary.ContentType, Is.EqualTo("application/octet-stream"));
        });
    }

    [Test]
    public void SendAttach_Utf8TextFile_ArrivesByteIdentical()
    {
        var text = stored.Attachments.Single(a => a.Filename == "notes.txt");

        Assert.Multiple(() =>
        {
            Assert.That(Convert.FromBase64String(text.Content), Is.EqualTo(Text));
            Assert.That(text.ContentType, Is.EqualTo("text/plain"));
        });
    }

    [Test]
    public void SendAttach_Mail_ArrivesWithSubjectBodyAndOnlyTheTwoFiles()
    {
        Assert.Multiple(() =>
        {
            Assert.That(stored.Subject, Is.EqualTo("Two files — Grüße"));
            Assert.That(stored.Body.Text?.TrimEnd('\n', '\r'), Is.EqualTo("Files attached."));
            Assert.That(stored.Attachments.Select(a => a.Filename), Is.EqualTo(new[] { "all-bytes.bin", "notes.txt" }));
        });
    }

    [Test]
    public void SendAttach_Bcc_ArrivesInNoHeader()
    {
        Assert.That(stored.Destination.Bcc ?? [], Is.Empty);
    }

    [Test]
    public void SendAttach_Json_PrintsOnlyMessageIdAndRequestId()
    {
        using var json = JsonDocument.Parse(stdout);

        Assert.That(json.RootElement.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "MessageId", "RequestId" }));
    }

    private async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string stdin, params string[] arguments)
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
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
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

        return (process.ExitCode, await output, await error);
    }
}
