using System.Net;
using Moq;
using Ses.Wrapper.Cli.Tests.TestSupport;

namespace Ses.Wrapper.Cli.Tests.Commands;

public class TemplatesCommandTests
{
    private const string CreateRequestId = "5edf7a5a-2b8a-431c-b234-a9775a8efc75";
    private const string UpdateRequestId = "2e876c16-2804-475f-ac2b-7638bcf16626";
    private const string DeleteRequestId = "ad4f42ee-0bac-45ab-9d92-2eba0d894dc7";

    private CliHarness cli = null!;
    private TempDirectory dir = null!;

    [SetUp]
    public void SetUp()
    {
        cli = new CliHarness();
        dir = new TempDirectory();
    }

    [TearDown]
    public void TearDown() => dir.Dispose();

    [Test]
    public async Task List_Human_IsATableOfNamesAndUtcCreationTimes()
    {
        SetUpList();

        var result = await cli.RunAsync("templates", "list");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
            Assert.That(IdentitiesCommandTests.Rows(result.Stdout), Is.EqualTo(new[]
            {
                new[] { "Name", "Created (UTC)" },
                new[] { "WelcomeEmail", "2024-04-22 14:05:31" },
                new[] { "PasswordReset", "2024-04-25 09:12:07" },
            }));
        });
    }

    [Test]
    public async Task List_Json_IsAnArrayOfNameAndIsoUtcCreatedAt()
    {
        SetUpList();

        var result = await cli.RunAsync("templates", "list", "--json");

        var json = Json.Parse(result.Stdout);
        Assert.Multiple(() =>
        {
            Assert.That(Json.PropertyNames(json[0]), Is.EqualTo(new[] { "Name", "CreatedAt" }));
            Assert.That(json.EnumerateArray().Select(e => (e.GetProperty("Name").GetString(), e.GetProperty("CreatedAt").GetString())),
                Is.EqualTo(new[] { ("WelcomeEmail", "2024-04-22T14:05:31.482Z"), ("PasswordReset", "2024-04-25T09:12:07.015Z") }));
        });
    }

    [Test]
    public async Task List_None_PrintsNothingOnStdout()
    {
        cli.Ses.Setup(s => s.ListTemplatesAsync(It.IsAny<CancellationToken>())).ReturnsAsync([]);

        var result = await cli.RunAsync("templates", "list");

        Assert.That((result.ExitCode, result.Stdout, result.Stderr), Is.EqualTo((0, string.Empty, "No templates.\n")));
    }

    [Test]
    public async Task Get_Human_PrintsSubjectAndBodies()
    {
        SetUpGet();

        var result = await cli.RunAsync("templates", "get", "WelcomeEmail");

        Assert.That((result.ExitCode, result.Stdout), Is.EqualTo((0,
            "Name:    WelcomeEmail\nSubject: Welcome, {{name}}!\n\n--- text body\nHi {{name}}\n\n--- HTML body\n<h1>Hi {{name}}</h1>\n")));
    }

    [Test]
    public async Task Get_Json_HasTheTemplatesFields()
    {
        SetUpGet();

        var result = await cli.RunAsync("templates", "get", "WelcomeEmail", "--json");

        var json = Json.Parse(result.Stdout);
        Assert.Multiple(() =>
        {
            Assert.That(Json.PropertyNames(json), Is.EqualTo(new[] { "Name", "Subject", "TextBody", "HtmlBody" }));
            Assert.That(json.GetProperty("HtmlBody").GetString(), Is.EqualTo("<h1>Hi {{name}}</h1>"));
        });
    }

    [Test]
    public async Task Get_UnknownTemplate_ExitsOneWithTheCode()
    {
        cli.Ses.Setup(s => s.GetTemplateAsync("Nope", It.IsAny<CancellationToken>())).ThrowsAsync(TemplateDoesNotExist());

        var result = await cli.RunAsync("templates", "get", "Nope");

        Assert.That((result.ExitCode, result.Stdout, result.Stderr), Is.EqualTo((1, string.Empty,
            "error: TemplateDoesNotExist: Template Nope does not exist. (RequestId 4088a34c-e8b7-4870-9b6f-fb30431b75c9)\n")));
    }

    [Test]
    public async Task Put_NewName_CreatesTheTemplateFromTheFiles()
    {
        SesTemplate? created = null;
        cli.Ses.Setup(s => s.CreateTemplateAsync(It.IsAny<SesTemplate>(), It.IsAny<CancellationToken>()))
            .Callback<SesTemplate, CancellationToken>((t, _) => created = t)
            .ReturnsAsync(CreateRequestId);
        var text = dir.File("welcome.txt", "Hi {{name}} ü");
        var html = dir.File("welcome.html", "<p>Hi {{name}}</p>");

        var result = await cli.RunAsync("templates", "put", "WelcomeEmail", "--subject", "Welcome, {{name}}!", "--text-file", text, "--html-file", html);

        Assert.Multiple(() =>
        {
            Assert.That((result.ExitCode, result.Stdout), Is.EqualTo((0, $"template WelcomeEmail: created (RequestId {CreateRequestId})\n")), result.ToString());
            Assert.That((created!.Name, created.Subject, created.TextBody, created.HtmlBody), Is.EqualTo(("WelcomeEmail", "Welcome, {{name}}!", "Hi {{name}} ü", "<p>Hi {{name}}</p>")));
        });
    }

    [Test]
    public async Task Put_ExistingName_UpdatesTheTemplate()
    {
        SesTemplate? updated = null;
        cli.Ses.Setup(s => s.CreateTemplateAsync(It.IsAny<SesTemplate>(), It.IsAny<CancellationToken>())).ThrowsAsync(AlreadyExists());
        cli.Ses.Setup(s => s.UpdateTemplateAsync(It.IsAny<SesTemplate>(), It.IsAny<CancellationToken>()))
            .Callback<SesTemplate, CancellationToken>((t, _) => updated = t)
            .ReturnsAsync(UpdateRequestId);
        var text = dir.File("welcome.txt", "new text");

        var result = await cli.RunAsync("templates", "put", "WelcomeEmail", "-s", "New subject", "--text-file", text);

        Assert.Multiple(() =>
        {
            Assert.That((result.ExitCode, result.Stdout, result.Stderr), Is.EqualTo((0, $"template WelcomeEmail: updated (RequestId {UpdateRequestId})\n", string.Empty)));
            Assert.That((updated!.Name, updated.Subject, updated.TextBody, updated.HtmlBody), Is.EqualTo(("WelcomeEmail", "New subject", "new text", (string?)null)));
        });
    }

    [Test]
    public async Task Put_Json_HasNameActionAndRequestId()
    {
        cli.Ses.Setup(s => s.CreateTemplateAsync(It.IsAny<SesTemplate>(), It.IsAny<CancellationToken>())).ThrowsAsync(AlreadyExists());
        cli.Ses.Setup(s => s.UpdateTemplateAsync(It.IsAny<SesTemplate>(), It.IsAny<CancellationToken>())).ReturnsAsync(UpdateRequestId);
        var html = dir.File("welcome.html", "<p>x</p>");

        var result = await cli.RunAsync("templates", "put", "WelcomeEmail", "-s", "s", "--html-file", html, "--json");

        var json = Json.Parse(result.Stdout);
        Assert.Multiple(() =>
        {
            Assert.That(Json.PropertyNames(json), Is.EqualTo(new[] { "Name", "Action", "RequestId" }));
            Assert.That((json.GetProperty("Name").GetString(), json.GetProperty("Action").GetString(), json.GetProperty("RequestId").GetString()), Is.EqualTo(("WelcomeEmail", "Updated", UpdateRequestId)));
        });
    }

    [Test]
    public async Task Put_NoBodyFile_ExitsTwoWithoutCallingSes()
    {
        var result = await cli.RunAsync("templates", "put", "WelcomeEmail", "-s", "s");

        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((2, "error: the template has no body: give --text-file, --html-file or both.\n")));
    }

    [Test]
    public async Task Put_MissingBodyFile_ExitsTwoNamingIt()
    {
        var missing = Path.Combine(dir.Path, "nope.txt");

        var result = await cli.RunAsync("templates", "put", "WelcomeEmail", "-s", "s", "--text-file", missing);

        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((2, $"error: --text-file '{missing}': the file was not found.\n")));
    }

    [Test]
    public async Task Put_CreateFailsOtherwise_ExitsOneWithoutUpdating()
    {
        cli.Ses.Setup(s => s.CreateTemplateAsync(It.IsAny<SesTemplate>(), It.IsAny<CancellationToken>())).ThrowsAsync(Errors.InvalidToken());
        var text = dir.File("t.txt", "x");

        var result = await cli.RunAsync("templates", "put", "WelcomeEmail", "-s", "s", "--text-file", text);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1));
            cli.Ses.Verify(s => s.UpdateTemplateAsync(It.IsAny<SesTemplate>(), It.IsAny<CancellationToken>()), Times.Never);
        });
    }

    [Test]
    public async Task Put_InvalidName_ExitsTwoNamingTheTemplateName()
    {
        cli.Ses.Setup(s => s.CreateTemplateAsync(It.IsAny<SesTemplate>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ArgumentException("template.Name 'bad name' is not a valid template name: use 1 to 64 ASCII letters, digits, '_' or '-'.", "template.Name"));
        var text = dir.File("t.txt", "x");

        var result = await cli.RunAsync("templates", "put", "bad name", "-s", "s", "--text-file", text);

        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((2, "error: the template name 'bad name' is not a valid template name: use 1 to 64 ASCII letters, digits, '_' or '-'.\n")));
    }

    [Test]
    public async Task Delete_Human_ReportsTheRequestId()
    {
        cli.Ses.Setup(s => s.DeleteTemplateAsync("WelcomeEmail", It.IsAny<CancellationToken>())).ReturnsAsync(DeleteRequestId);

        var result = await cli.RunAsync("templates", "delete", "WelcomeEmail");

        Assert.That((result.ExitCode, result.Stdout), Is.EqualTo((0, $"template WelcomeEmail: deleted (RequestId {DeleteRequestId})\n")));
    }

    [Test]
    public async Task Delete_Json_HasNameActionAndRequestId()
    {
        cli.Ses.Setup(s => s.DeleteTemplateAsync("WelcomeEmail", It.IsAny<CancellationToken>())).ReturnsAsync(DeleteRequestId);

        var result = await cli.RunAsync("templates", "delete", "WelcomeEmail", "--json");

        var json = Json.Parse(result.Stdout);
        Assert.That((json.GetProperty("Action").GetString(), json.GetProperty("RequestId").GetString()), Is.EqualTo(("Deleted", DeleteRequestId)));
    }

    [Test]
    public async Task Delete_NoName_ExitsTwo()
    {
        var result = await cli.RunAsync("templates", "delete");

        Assert.That(result.ExitCode, Is.EqualTo(2));
    }

    [Test]
    public async Task Templates_NoSubcommand_ExitsTwo()
    {
        var result = await cli.RunAsync("templates");

        Assert.That(result.ExitCode, Is.EqualTo(2));
    }

    private static SesException TemplateDoesNotExist() =>
        new("Template Nope does not exist.", SesErrorKind.Rejected, "TemplateDoesNotExist", "Sender", "4088a34c-e8b7-4870-9b6f-fb30431b75c9", HttpStatusCode.BadRequest);

    private static SesException AlreadyExists() =>
        new("Template WelcomeEmail already exists for account id 123456789012", SesErrorKind.Rejected, "AlreadyExists", "Sender", "d2b6f7c3-58e1-4a0b-9f64-3e7a1c5b8d92", HttpStatusCode.BadRequest);

    private void SetUpList() =>
        cli.Ses.Setup(s => s.ListTemplatesAsync(It.IsAny<CancellationToken>())).ReturnsAsync(
        [
            new SesTemplateInfo("WelcomeEmail", new DateTimeOffset(2024, 4, 22, 14, 5, 31, 482, TimeSpan.Zero)),
            new SesTemplateInfo("PasswordReset", new DateTimeOffset(2024, 4, 25, 11, 12, 7, 15, TimeSpan.FromHours(2))),
        ]);

    private void SetUpGet() =>
        cli.Ses.Setup(s => s.GetTemplateAsync("WelcomeEmail", It.IsAny<CancellationToken>())).ReturnsAsync(
            new SesTemplate { Name = "WelcomeEmail", Subject = "Welcome, {{name}}!", TextBody = "Hi {{name}}\n", HtmlBody = "<h1>Hi {{name}}</h1>" });
}
