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

    private BuiltSesTool tool = null!;

    private static SesEmulator Emulator => EmulatorFixture.Emulator;

    [OneTimeSetUp]
    public void PrepareTool() => tool = BuiltSesTool.Prepare("ses-cli-bulk-", Emulator.Url);

    [OneTimeTearDown]
    public void DeleteFiles() => tool?.Dispose();

    [Test]
    public async Task SesSendBulk_TwoHundredCsvRecipients_AllArriveOnceWithTheirFields()
    {
        var batch = Guid.NewGuid().ToString("N")[..8];
        var recipients = Path.Combine(tool.Directory, $"recipients-{batch}.csv");
        var csv = new StringBuilder("email,name\n");
        for (var i = 0; i < Count; i++)
        {
            csv.Append(FormattableString.Invariant($"bulk{i}-{batch}@example.com,\"Reader {i}, Esq.\"\n"));
        }

        await File.WriteAllTextAsync(recipients, csv.ToString());

        var run = await tool.RunAsync(
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
}
