using Microsoft.Extensions.DependencyInjection;

namespace Ses.Wrapper.IntegrationTests;

/// <summary>Bulk sending through <see cref="ISesService.SendManyAsync(IEnumerable{SesMail}, IProgress{BulkSendProgress}?, CancellationToken)"/> against the emulator.</summary>
[TestFixture]
public sealed class BulkSendEmulatorTests
{
    [Test]
    public async Task SendManyAsync_TwoHundredMails_AllArriveOnceEach()
    {
        var services = new ServiceCollection();
        services.AddSes(o =>
        {
            o.ServiceUrl = EmulatorFixture.Emulator.Url.ToString().TrimEnd('/');
            o.Region = "us-east-1";
            o.AccessKeyId = EmulatorClients.AccessKeyId;
            o.SecretAccessKey = "emulator-dummy-secret";
            o.DefaultSource = "bulk@example.com";
            o.Timeout = TimeSpan.FromSeconds(10);
            // The emulator does not answer GetSendQuota: give the rate explicitly.
            o.Bulk.MaxSendRate = 400;
        });
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var ses = provider.GetRequiredService<ISesService>();
        var batch = Guid.NewGuid().ToString("N")[..8];
        var mails = Enumerable.Range(0, 200).Select(i => new SesMail
        {
            To = [$"bulk{i}-{batch}@example.com"],
            Subject = $"Bulk {batch} #{i}",
            TextBody = $"Mail {i} of batch {batch}",
        });

        var outcomes = new List<SendOutcome>();
        await foreach (var outcome in ses.SendManyAsync(mails))
        {
            outcomes.Add(outcome);
        }

        var stored = (await EmulatorFixture.Emulator.GetMailsAsync()).Where(m => m.Subject?.StartsWith($"Bulk {batch} ", StringComparison.Ordinal) == true).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(outcomes.Select(o => o.Status), Is.All.EqualTo(SendOutcomeStatus.Sent));
            Assert.That(outcomes.Select(o => o.Index), Is.EqualTo(Enumerable.Range(0, 200)));
            Assert.That(stored.Select(m => m.Subject).Distinct().Count(), Is.EqualTo(200));
            Assert.That(stored, Has.Count.EqualTo(200));
        });
    }
}
