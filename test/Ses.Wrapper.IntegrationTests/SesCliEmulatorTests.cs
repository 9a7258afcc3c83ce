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
    private BuiltSesTool tool = null!;

    private static SesEmulator Emulator => EmulatorFixture.Emulator;

    [OneTimeSetUp]
    public void PrepareTool() => tool = BuiltSesTool.Prepare("ses-cli-emulator-", Emulator.Url);

    [OneTimeTearDown]
    public void DeleteFiles() => tool?.Dispose();

    [Test]
    public async Task SesSend_TextOnStdin_ArrivesWithEveryField()
    {
        var run = await tool.RunAsync("Body from stdin: Grüße 🚀\n",
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
        var run = await tool.RunAsync("x", "send", "-f", "cli@example.com", "-t", "first@example.com,second@example.com", "-s", "Two recipients");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.StandardError);

        var stored = await Emulator.GetMailAsync(MessageIdFromText(run.StandardOutput));

        Assert.That(stored.Destination.To, Is.EqualTo(new[] { "first@example.com" }));
    }

    [Test]
    public async Task SesSend_HtmlOnStdin_ArrivesAsHtmlBody()
    {
        var run = await tool.RunAsync("<p>HTML from stdin ☕</p>", "send", "--html", "-f", "cli@example.com", "-t", "to@example.com", "-s", "HTML");
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
        var run = await tool.RunAsync("x", "send", "--json", "-f", "cli@example.com", "-t", "to@example.com", "-s", "JSON output");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.StandardError);

        using var json = JsonDocument.Parse(run.StandardOutput);
        var messageId = json.RootElement.GetProperty("MessageId").GetString()!;
        var stored = await Emulator.GetMailAsync(messageId);

        Assert.That(stored.Subject, Is.EqualTo("JSON output"));
    }

    [Test]
    public async Task SesSend_EmulatorRefusesEmptySubject_ExitsWithSesErrorAndMessage()
    {
        var run = await tool.RunAsync("x", "send", "-f", "cli@example.com", "-t", "to@example.com", "-s", string.Empty);

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
}
