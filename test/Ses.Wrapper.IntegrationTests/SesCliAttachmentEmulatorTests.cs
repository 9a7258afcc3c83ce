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

    private BuiltSesTool tool = null!;
    private string binaryFile = null!;
    private string textFile = null!;
    private StoredMail stored = null!;
    private string stdout = null!;

    private static SesEmulator Emulator => EmulatorFixture.Emulator;

    [OneTimeSetUp]
    public async Task SendWithTheBuiltToolAsync()
    {
        tool = BuiltSesTool.Prepare("ses-cli-attach-", Emulator.Url);
        binaryFile = Path.Combine(tool.Directory, "all-bytes.bin");
        File.WriteAllBytes(binaryFile, AllBytes);
        textFile = Path.Combine(tool.Directory, "notes.txt");
        File.WriteAllBytes(textFile, Text);

        var (exitCode, output, error) = await tool.RunAsync(
            "Files attached.\n",
            "send", "--json", "-f", "cli-files@example.com", "-t", "to@example.com", "-b", "archive@example.com", "-s", "Two files — Grüße",
            "--attach", binaryFile, "--attach", textFile);
        Assert.That(exitCode, Is.EqualTo(0), error);
        stdout = output;
        using var json = JsonDocument.Parse(output);
        stored = await Emulator.GetMailAsync(json.RootElement.GetProperty("MessageId").GetString()!);
    }

    [OneTimeTearDown]
    public void DeleteFiles() => tool?.Dispose();

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
}
