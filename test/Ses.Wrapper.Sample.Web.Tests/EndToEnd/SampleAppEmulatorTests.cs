using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Ses.Wrapper.Sample.Web.Tests.TestSupport;

namespace Ses.Wrapper.Sample.Web.Tests.EndToEnd;

/// <summary>The sample app with its real Ses.Wrapper registration and Development settings, sending to the emulator.</summary>
[TestFixture]
public sealed class SampleAppEmulatorTests
{
    private const string DevelopmentDefaultSource = "\"Ses.Wrapper sample\" <sample@example.com>";

    private EmulatorAppFactory factory = null!;
    private HttpClient client = null!;

    [OneTimeSetUp]
    public void StartApp()
    {
        factory = new EmulatorAppFactory(EmulatorSetUp.Emulator.Url);
        client = factory.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopAppAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
    }

    [Test]
    public async Task PostMail_ToEmulator_ArrivesInStoreWithEveryField()
    {
        using var response = await client.PostAsJsonAsync("/mail", new
        {
            source = "\"Shop\" <shop@example.com>",
            to = new[] { "\"Jane Doe\" <jane@example.com>" },
            cc = new[] { "cc@example.com" },
            bcc = new[] { "audit@example.com" },
            replyTo = new[] { "help@example.com" },
            subject = "Your order 🧾 — Grüße",
            textBody = "Thanks, Zoë!",
            htmlBody = "<p>Thanks, <b>Zoë</b>!</p>",
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var messageId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("messageId").GetString()!;

        var stored = await EmulatorSetUp.Emulator.GetMailAsync(messageId);

        Assert.Multiple(() =>
        {
            Assert.That(stored.From, Is.EqualTo("\"Shop\" <shop@example.com>"));
            Assert.That(stored.Destination.To, Is.EqualTo(new[] { "\"Jane Doe\" <jane@example.com>" }));
            Assert.That(stored.Destination.Cc, Is.EqualTo(new[] { "cc@example.com" }));
            Assert.That(stored.Destination.Bcc, Is.EqualTo(new[] { "audit@example.com" }));
            Assert.That(stored.ReplyTo, Is.EqualTo(new[] { "help@example.com" }));
            Assert.That(stored.Subject, Is.EqualTo("Your order 🧾 — Grüße"));
            Assert.That(stored.Body.Text, Is.EqualTo("Thanks, Zoë!"));
            Assert.That(stored.Body.Html, Is.EqualTo("<p>Thanks, <b>Zoë</b>!</p>"));
        });
    }

    [Test]
    public async Task PostMail_NoSource_ArrivesFromDevelopmentDefaultSource()
    {
        using var response = await client.PostAsJsonAsync("/mail", new { to = new[] { "jane@example.com" }, subject = "Default sender", textBody = "x" });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var messageId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("messageId").GetString()!;

        var stored = await EmulatorSetUp.Emulator.GetMailAsync(messageId);

        Assert.That(stored.From, Is.EqualTo(DevelopmentDefaultSource));
    }

    [Test]
    public async Task PostMail_EmulatorRefusesEmptySubject_Returns502ProblemDetails()
    {
        using var response = await client.PostAsJsonAsync("/mail", new { to = new[] { "jane@example.com" }, subject = string.Empty, textBody = "x" });

        var problem = await Problem.ReadAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
            Assert.That(problem.GetProperty("sesErrorCode").GetString(), Is.EqualTo("Http400"));
            Assert.That(problem.GetProperty("mayHaveBeenSent").GetBoolean(), Is.False);
        });
    }

    [Test]
    public void DevelopmentSettings_SesSection_PointsAtALocalEmulatorWithDummyKeys()
    {
        using var scope = factory.Services.CreateScope();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<SesOptions>>().Value;

        Assert.Multiple(() =>
        {
            Assert.That(options.ServiceUrl, Is.EqualTo(EmulatorSetUp.Emulator.Url.ToString().TrimEnd('/')));
            Assert.That(options.Region, Is.EqualTo("us-east-1"));
            Assert.That(options.AccessKeyId, Is.EqualTo("local-emulator-key"));
            Assert.That(options.DefaultSource, Is.EqualTo(DevelopmentDefaultSource));
            Assert.That(options.Timeout, Is.EqualTo(TimeSpan.FromSeconds(5)));
        });
    }
}
