using System.Text;
using MimeKit;
using Ses.Wrapper.Cli.Tests.TestSupport;

namespace Ses.Wrapper.Cli.Tests.EndToEnd;

/// <summary>
/// The built tool (<c>dotnet ses.dll</c>) against the local fixture endpoint for the commands of raw mail, templates and
/// identities: one run per command, real marshalling and real exit codes.
/// </summary>
[NonParallelizable]
public class BuiltToolRawTemplatesIdentitiesTests
{
    private const string RawMessageId = "0100018f0f3b9e07-c804283d-b67a-4b4a-b0ab-186632bce929-000000";

    private BuiltTool tool = null!;
    private FakeSesEndpoint endpoint = null!;
    private TempDirectory dir = null!;
    private string credentials = null!;

    [SetUp]
    public void SetUp()
    {
        tool = new BuiltTool();
        endpoint = new FakeSesEndpoint();
        endpoint.Answers["SendRawEmail"] = "SendRawEmail.xml";
        endpoint.Answers["SendTemplatedEmail"] = "SendTemplatedEmail.xml";
        endpoint.Answers["VerifyDomainIdentity"] = "VerifyDomainIdentity.xml";
        endpoint.Answers["VerifyDomainDkim"] = "VerifyDomainDkim.xml";
        endpoint.Answers["ListTemplates"] = "ListTemplates.LastPage.xml";
        endpoint.Answers["GetTemplate"] = "GetTemplate.xml";
        endpoint.Answers["CreateTemplate"] = "CreateTemplate.xml";
        endpoint.Answers["UpdateTemplate"] = "UpdateTemplate.xml";
        endpoint.Answers["DeleteTemplate"] = "DeleteTemplate.xml";
        dir = new TempDirectory();
        credentials = dir.File("ses.credentials", TestCredentials.File);
    }

    [TearDown]
    public async Task TearDown()
    {
        await endpoint.DisposeAsync();
        dir.Dispose();
        tool.Dispose();
    }

    [Test]
    public async Task SendAttach_SendsRawMimeWithTheFilesBytes()
    {
        var binary = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        var bin = dir.File("all-bytes.bin", binary);
        var txt = dir.File("notes.txt", "Grüße\nzweite Zeile\n");

        var result = await SesWithStdin("body text\n", "send", "-f", "from@example.com", "-t", "to@example.com", "-s", "files", "--attach", bin, "--attach", txt);

        var request = endpoint.Requests.Single();
        var message = MimeMessage.Load(new MemoryStream(Convert.FromBase64String(request.Form["RawMessage.Data"])));
        var attachments = message.Attachments.OfType<MimePart>().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
            Assert.That(result.Stdout, Does.StartWith("MessageId: " + RawMessageId + "\n"));
            Assert.That(request.Action, Is.EqualTo("SendRawEmail"));
            Assert.That(attachments.Select(a => a.FileName), Is.EqualTo(new[] { "all-bytes.bin", "notes.txt" }));
            Assert.That(Content(attachments[0]), Is.EqualTo(binary));
            Assert.That(Content(attachments[1]), Is.EqualTo(Encoding.UTF8.GetBytes("Grüße\nzweite Zeile\n")));
            Assert.That(message.TextBody, Is.EqualTo("body text\n"));
        });
    }

    [Test]
    public async Task SendAttach_MissingFile_ExitsTwoWithoutARequest()
    {
        var missing = Path.Combine(dir.Path, "missing.pdf");

        var result = await SesWithStdin("body", "send", "-f", "from@example.com", "-t", "to@example.com", "-s", "s", "--attach", missing);

        Assert.Multiple(() =>
        {
            Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((2, $"error: --attach '{missing}': the file was not found.\n")));
            Assert.That(endpoint.Requests, Is.Empty);
        });
    }

    [Test]
    public async Task SendRaw_StdinMessage_IsSentWithTheEnvelopeDestinations()
    {
        const string eml = "From: sender@example.com\r\nTo: kate@example.com\r\nBcc: hidden@example.com\r\nSubject: Raw hello\r\n\r\nraw body\r\n";

        var result = await SesWithStdin(eml, "send-raw", "--json", "-t", "kate@example.com", "-b", "hidden@example.com", "--tag", "campaign=may");

        var request = endpoint.Requests.Single();
        var sent = Encoding.UTF8.GetString(Convert.FromBase64String(request.Form["RawMessage.Data"]));
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
            Assert.That(Json.Parse(result.Stdout).GetProperty("MessageId").GetString(), Is.EqualTo(RawMessageId));
            Assert.That((request.Form["Destinations.member.1"], request.Form["Destinations.member.2"]), Is.EqualTo(("kate@example.com", "hidden@example.com")));
            Assert.That((request.Form["Tags.member.1.Name"], request.Form["Tags.member.1.Value"]), Is.EqualTo(("campaign", "may")));
            Assert.That(sent, Does.Contain("Subject: Raw hello\r\n").And.Contain("raw body"));
            Assert.That(sent, Does.Not.Contain("Bcc:"));
        });
    }

    [Test]
    public async Task Identities_ListsEveryPageWithTypeAndStatus()
    {
        var result = await Ses("identities", "--json");

        var json = Json.Parse(result.Stdout);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
            Assert.That(json.EnumerateArray().Select(e => e.GetProperty("Identity").GetString()),
                Is.EqualTo(new[] { "sender@example.com", "example.com", "noreply@example.org", "billing@example.net", "mail.example.net" }));
            Assert.That((json[1].GetProperty("Type").GetString(), json[1].GetProperty("Status").GetString()), Is.EqualTo(("Domain", "Success")));
            Assert.That((json[0].GetProperty("Type").GetString(), json[0].GetProperty("Status").GetString()), Is.EqualTo(("EmailAddress", "Success")));
        });
    }

    [Test]
    public async Task VerifyDomain_PrintsTheDnsRecordsTable()
    {
        var result = await Ses("verify-domain", "example.com");

        var rows = Commands.IdentitiesCommandTests.Rows(result.Stdout);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
            Assert.That(endpoint.Requests.Select(r => (r.Action, r.Form["Domain"])), Is.EqualTo(new[] { ("VerifyDomainIdentity", "example.com"), ("VerifyDomainDkim", "example.com") }));
            Assert.That(rows[1], Is.EqualTo(new[] { "_amazonses.example.com", "TXT", "Fh/12uHbExRl5HRYe5QIjrKyTbzU9xRagbp4gQIWBmw=" }));
            Assert.That(rows[2], Is.EqualTo(new[] { "ooac64hmd23r2xojzcb47j38f2fmjhiz._domainkey.example.com", "CNAME", "ooac64hmd23r2xojzcb47j38f2fmjhiz.dkim.amazonses.com" }));
            Assert.That(rows, Has.Length.EqualTo(5));
        });
    }

    [Test]
    public async Task TemplatesList_PrintsTheTemplates()
    {
        var result = await Ses("templates", "list");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
            Assert.That(Commands.IdentitiesCommandTests.Rows(result.Stdout)[1], Is.EqualTo(new[] { "InvoiceReady", "2024-05-02 07:41:55" }));
        });
    }

    [Test]
    public async Task TemplatesGet_Json_HasTheFixturesTemplate()
    {
        var result = await Ses("templates", "get", "WelcomeEmail", "--json");

        var json = Json.Parse(result.Stdout);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
            Assert.That(endpoint.Requests.Single().Form["TemplateName"], Is.EqualTo("WelcomeEmail"));
            Assert.That(json.GetProperty("Subject").GetString(), Is.EqualTo("Welcome to Example, {{name}}!"));
            Assert.That(json.GetProperty("HtmlBody").GetString(), Is.EqualTo("<h1>Hi {{name}}</h1><p>Thanks for signing up & welcome aboard.</p>"));
        });
    }

    [Test]
    public async Task TemplatesPut_ExistingName_CreatesThenUpdates()
    {
        endpoint.Answers["CreateTemplate"] = "Error.AlreadyExists.xml";
        var text = dir.File("welcome.txt", "Hi {{name}}");

        var result = await Ses("templates", "put", "WelcomeEmail", "-s", "Welcome, {{name}}!", "--text-file", text);

        var requests = endpoint.Requests.ToList();
        Assert.Multiple(() =>
        {
            Assert.That((result.ExitCode, result.Stdout), Is.EqualTo((0, "template WelcomeEmail: updated (RequestId 2e876c16-2804-475f-ac2b-7638bcf16626)\n")), result.ToString());
            Assert.That(requests.Select(r => r.Action), Is.EqualTo(new[] { "CreateTemplate", "UpdateTemplate" }));
            Assert.That((requests[1].Form["Template.TemplateName"], requests[1].Form["Template.SubjectPart"], requests[1].Form["Template.TextPart"]), Is.EqualTo(("WelcomeEmail", "Welcome, {{name}}!", "Hi {{name}}")));
        });
    }

    [Test]
    public async Task TemplatesDelete_ReportsTheRequestId()
    {
        var result = await Ses("templates", "delete", "WelcomeEmail");

        Assert.Multiple(() =>
        {
            Assert.That((result.ExitCode, result.Stdout), Is.EqualTo((0, "template WelcomeEmail: deleted (RequestId ad4f42ee-0bac-45ab-9d92-2eba0d894dc7)\n")), result.ToString());
            Assert.That(endpoint.Requests.Single().Action, Is.EqualTo("DeleteTemplate"));
        });
    }

    [Test]
    public async Task TemplatesGet_Unknown_ExitsOneWithTheCode()
    {
        endpoint.Answers["GetTemplate"] = "Error.TemplateDoesNotExist.xml";

        var result = await Ses("templates", "get", "WelcomeEmailV2");

        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((1, "error: TemplateDoesNotExist: Template WelcomeEmailV2 does not exist. (RequestId 4088a34c-e8b7-4870-9b6f-fb30431b75c9)\n")));
    }

    [Test]
    public async Task SendTemplated_SendsTemplateAndData()
    {
        var result = await Ses("send-templated", "-f", "from@example.com", "-t", "a@example.com", "--template", "WelcomeEmail", "--data", "{\"name\":\"Kate\"}");

        var request = endpoint.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That((result.ExitCode, result.Stdout), Is.EqualTo((0, "MessageId: 0100018f0f3d17c4-e9b3913f-6fdc-45e8-b8e3-d9e0d7e3fd0e-000000\nRequestId: 932b4747-8830-4d96-9851-1f9cd6a5e19a\n")), result.ToString());
            Assert.That((request.Action, request.Form["Template"], request.Form["TemplateData"], request.Form["Destination.ToAddresses.member.1"]),
                Is.EqualTo(("SendTemplatedEmail", "WelcomeEmail", "{\"name\":\"Kate\"}", "a@example.com")));
        });
    }

    private static byte[] Content(MimePart part)
    {
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return stream.ToArray();
    }

    private Task<CliResult> Ses(params string[] args) => SesWithStdin(string.Empty, args);

    private Task<CliResult> SesWithStdin(string stdin, params string[] args) =>
        tool.RunAsync(stdin, [.. args, "-k", credentials, "--endpoint-url", endpoint.Url]);
}
