using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ses.Wrapper.IntegrationTests.Emulator;
using Ses.Wrapper.Sample.Web.Tests.TestSupport;

namespace Ses.Wrapper.Sample.Web.Tests.EndToEnd;

/// <summary>
/// Attachments sent through the sample app (real Ses.Wrapper registration, Development settings) arrive at the emulator
/// byte-identical: a binary one (every byte value), a UTF-8 text one with mixed line ends and an inline image, once
/// through <c>POST /mail</c> (base64 in JSON) and once through <c>POST /mail/multipart</c> (file parts).
/// </summary>
[TestFixture]
public sealed class SampleAttachmentEmulatorTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D];

    private static readonly Dictionary<Route, string> Subjects = new()
    {
        [Route.Json] = "Attachments via JSON 📎",
        [Route.Multipart] = "Attachments via multipart/form-data 📎",
    };

    private EmulatorAppFactory factory = null!;
    private HttpClient client = null!;
    private readonly Dictionary<string, Sent> sent = new(StringComparer.Ordinal);

    /// <summary>How a mail went through the sample.</summary>
    public enum Route
    {
        /// <summary>POST /mail with base64 in JSON.</summary>
        Json,

        /// <summary>POST /mail/multipart with file parts.</summary>
        Multipart,
    }

    [OneTimeSetUp]
    public async Task SendThroughBothEndpointsAsync()
    {
        factory = new EmulatorAppFactory(EmulatorSetUp.Emulator.Url);
        client = factory.CreateClient();

        using var json = await client.PostAsJsonAsync("/mail", new
        {
            to = new[] { "jane@example.com" },
            subject = Subjects[Route.Json],
            textBody = "See the attachments.",
            htmlBody = "<p>Logo: <img src=\"cid:logo\"></p>",
            attachments = new object[]
            {
                new { fileName = "data.bin", contentType = "application/octet-stream", contentBase64 = Convert.ToBase64String(AttachmentData.Binary) },
                new { fileName = "notes.txt", contentBase64 = Convert.ToBase64String(AttachmentData.TextBytes) },
                new { fileName = "logo.png", contentBase64 = Convert.ToBase64String(Png), contentId = "logo" },
            },
        });
        sent[nameof(Route.Json)] = await ReadSentAsync(json);

        using var form = Multipart.Form(
                ("to", "jane@example.com"),
                ("subject", Subjects[Route.Multipart]),
                ("textBody", "See the attachments."),
                ("htmlBody", "<p>Logo: <img src=\"cid:logo\"></p>"))
            .AddFile(AttachmentData.Binary, "data.bin", "application/octet-stream")
            .AddFile(AttachmentData.TextBytes, "notes.txt", "text/plain")
            .AddFile(Png, "logo.png", "image/png", "<logo>");
        using var multipart = await client.PostAsync("/mail/multipart", form);
        sent[nameof(Route.Multipart)] = await ReadSentAsync(multipart);
    }

    [OneTimeTearDown]
    public async Task StopAppAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
    }

    [TestCase(Route.Json)]
    [TestCase(Route.Multipart)]
    public void Send_Accepted_Returns200(Route route) => Assert.That(sent[route.ToString()].Status, Is.EqualTo(HttpStatusCode.OK), sent[route.ToString()].Body);

    [TestCase(Route.Json)]
    [TestCase(Route.Multipart)]
    public async Task Send_BinaryAttachment_ArrivesByteIdentical(Route route)
    {
        var stored = await StoredAsync(route);

        var attachment = stored.Attachments.Single(a => a.Filename == "data.bin");
        Assert.That(Convert.FromBase64String(attachment.Content), Is.EqualTo(AttachmentData.Binary));
    }

    [TestCase(Route.Json)]
    [TestCase(Route.Multipart)]
    public async Task Send_TextAttachment_ArrivesByteIdenticalAsTextPlain(Route route)
    {
        var stored = await StoredAsync(route);

        var attachment = stored.Attachments.Single(a => a.Filename == "notes.txt");
        Assert.Multiple(() =>
        {
            Assert.That(Convert.FromBase64String(attachment.Content), Is.EqualTo(AttachmentData.TextBytes));
            Assert.That(attachment.ContentType, Is.EqualTo("text/plain"));
        });
    }

    [TestCase(Route.Json)]
    [TestCase(Route.Multipart)]
    public async Task Send_InlineImage_ArrivesByteIdenticalWithItsContentId(Route route)
    {
        var logo = await StoredAttachmentJsonAsync(MessageId(route), "logo.png");
        Assert.Multiple(() =>
        {
            Assert.That(Convert.FromBase64String(logo.GetProperty("content").GetString()!), Is.EqualTo(Png));
            Assert.That(logo.GetProperty("contentType").GetString(), Is.EqualTo("image/png"));
            Assert.That(logo.GetProperty("cid").GetString(), Is.EqualTo("logo"));
        });
    }

    [TestCase(Route.Json)]
    [TestCase(Route.Multipart)]
    public async Task Send_MailWithAttachments_ArrivesWithSenderSubjectAndEveryFile(Route route)
    {
        var stored = await StoredAsync(route);

        Assert.Multiple(() =>
        {
            Assert.That(stored.From, Is.EqualTo("\"Ses.Wrapper sample\" <sample@example.com>"));
            Assert.That(stored.Subject, Is.EqualTo(Subjects[route]));
            Assert.That(stored.Attachments.Select(a => a.Filename), Is.EquivalentTo(new[] { "data.bin", "notes.txt", "logo.png" }));
        });
    }

    private static async Task<Sent> ReadSentAsync(HttpResponseMessage response) => new(response.StatusCode, await response.Content.ReadAsStringAsync());

    private string MessageId(Route route)
    {
        var answer = sent[route.ToString()];
        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK), answer.Body);
        using var document = JsonDocument.Parse(answer.Body);
        return document.RootElement.GetProperty("messageId").GetString()!;
    }

    private Task<StoredMail> StoredAsync(Route route) => EmulatorSetUp.Emulator.GetMailAsync(MessageId(route));

    /// <summary>An attachment as the emulator's /store holds it, with fields <see cref="StoredAttachment"/> leaves out (cid).</summary>
    private static async Task<JsonElement> StoredAttachmentJsonAsync(string messageId, string fileName)
    {
        using var http = new HttpClient { BaseAddress = EmulatorSetUp.Emulator.Url };
        var store = await http.GetFromJsonAsync<JsonElement>("store");
        var mail = store.GetProperty("emails").EnumerateArray().Single(m => m.GetProperty("messageId").GetString() == messageId);
        return mail.GetProperty("attachments").EnumerateArray().Single(a => a.GetProperty("filename").GetString() == fileName).Clone();
    }

    private sealed record Sent(HttpStatusCode Status, string Body);
}
