using System.Net;
using Ses.Wrapper.SimpleEmail.Model;
using Ses.Wrapper.Tests.TestSupport;

namespace Ses.Wrapper.Tests.SimpleEmailWire;

/// <summary>The template operations on the wire: CreateTemplate, UpdateTemplate, GetTemplate, ListTemplates, DeleteTemplate.</summary>
[TestFixture]
public sealed class TemplatesWireTests
{
    private static Template Welcome() => new()
    {
        TemplateName = "WelcomeEmail",
        SubjectPart = "Welcome, {{name}}!",
        TextPart = "Hi {{name}} & co, 100% + more",
        HtmlPart = "<h1>Hi {{name}}</h1>",
    };

    [Test]
    public async Task CreateTemplateAsync_FullTemplate_SendsTemplateMembers()
    {
        var handler = new FakeSesHandler().AnswerFixture("CreateTemplate.xml");
        using var client = WireClient.Create(handler);

        await client.CreateTemplateAsync(new CreateTemplateRequest { Template = Welcome() });

        Assert.That(handler.Requests.Single().Form, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["Action"] = "CreateTemplate",
            ["Version"] = "2010-12-01",
            ["Template.TemplateName"] = "WelcomeEmail",
            ["Template.SubjectPart"] = "Welcome, {{name}}!",
            ["Template.TextPart"] = "Hi {{name}} & co, 100% + more",
            ["Template.HtmlPart"] = "<h1>Hi {{name}}</h1>",
        }));
    }

    [Test]
    public async Task CreateTemplateAsync_SuccessAnswer_ReturnsRequestId()
    {
        var handler = new FakeSesHandler().AnswerFixture("CreateTemplate.xml");
        using var client = WireClient.Create(handler);

        var response = await client.CreateTemplateAsync(new CreateTemplateRequest { Template = Welcome() });

        Assert.That(response.ResponseMetadata.RequestId, Is.EqualTo("5edf7a5a-2b8a-431c-b234-a9775a8efc75"));
    }

    [Test]
    public void CreateTemplateAsync_AlreadyExists_ThrowsAlreadyExistsException()
    {
        var handler = new FakeSesHandler().AnswerFixture("Error.AlreadyExists.xml", HttpStatusCode.BadRequest);
        using var client = WireClient.Create(handler);

        var error = Assert.ThrowsAsync<AlreadyExistsException>(() => client.CreateTemplateAsync(new CreateTemplateRequest { Template = Welcome() }));

        Assert.That(error!.ErrorCode, Is.EqualTo("AlreadyExists"));
    }

    [Test]
    public async Task UpdateTemplateAsync_TextOnlyTemplate_SendsOnlyTheSetMembers()
    {
        var handler = new FakeSesHandler().AnswerFixture("UpdateTemplate.xml");
        using var client = WireClient.Create(handler);

        var response = await client.UpdateTemplateAsync(new UpdateTemplateRequest
        {
            Template = new Template { TemplateName = "WelcomeEmail", SubjectPart = "Hello", TextPart = "Body" },
        });

        Assert.Multiple(() =>
        {
            Assert.That(handler.Requests.Single().Form, Is.EquivalentTo(new Dictionary<string, string>
            {
                ["Action"] = "UpdateTemplate",
                ["Version"] = "2010-12-01",
                ["Template.TemplateName"] = "WelcomeEmail",
                ["Template.SubjectPart"] = "Hello",
                ["Template.TextPart"] = "Body",
            }));
            Assert.That(response.ResponseMetadata.RequestId, Is.EqualTo("2e876c16-2804-475f-ac2b-7638bcf16626"));
        });
    }

    [Test]
    public void UpdateTemplateAsync_TemplateDoesNotExist_ThrowsTemplateDoesNotExistException()
    {
        var handler = new FakeSesHandler().AnswerFixture("Error.TemplateDoesNotExist.xml", HttpStatusCode.BadRequest);
        using var client = WireClient.Create(handler);

        var error = Assert.ThrowsAsync<TemplateDoesNotExistException>(() => client.UpdateTemplateAsync(new UpdateTemplateRequest { Template = Welcome() }));

        Assert.Multiple(() =>
        {
            Assert.That(error!.ErrorCode, Is.EqualTo("TemplateDoesNotExist"));
            Assert.That(error.RequestId, Is.EqualTo("4088a34c-e8b7-4870-9b6f-fb30431b75c9"));
            Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        });
    }

    [Test]
    public async Task GetTemplateAsync_Name_SendsTemplateName()
    {
        var handler = new FakeSesHandler().AnswerFixture("GetTemplate.xml");
        using var client = WireClient.Create(handler);

        await client.GetTemplateAsync(new GetTemplateRequest { TemplateName = "WelcomeEmail" });

        Assert.That(handler.Requests.Single().Form, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["Action"] = "GetTemplate",
            ["Version"] = "2010-12-01",
            ["TemplateName"] = "WelcomeEmail",
        }));
    }

    [Test]
    public async Task GetTemplateAsync_SuccessAnswer_ReturnsEveryPartUnescaped()
    {
        var handler = new FakeSesHandler().AnswerFixture("GetTemplate.xml");
        using var client = WireClient.Create(handler);

        var response = await client.GetTemplateAsync(new GetTemplateRequest { TemplateName = "WelcomeEmail" });

        Assert.Multiple(() =>
        {
            Assert.That(response.Template!.TemplateName, Is.EqualTo("WelcomeEmail"));
            Assert.That(response.Template.SubjectPart, Is.EqualTo("Welcome to Example, {{name}}!"));
            Assert.That(response.Template.TextPart, Is.EqualTo("Hi {{name}}, thanks for signing up. Your plan: {{plan}}."));
            Assert.That(response.Template.HtmlPart, Is.EqualTo("<h1>Hi {{name}}</h1><p>Thanks for signing up & welcome aboard.</p>"));
            Assert.That(response.ResponseMetadata.RequestId, Is.EqualTo("ee30a5f8-540b-4595-958d-b56fdcf49818"));
        });
    }

    [Test]
    public void GetTemplateAsync_TemplateDoesNotExist_ThrowsTemplateDoesNotExistException()
    {
        var handler = new FakeSesHandler().AnswerFixture("Error.TemplateDoesNotExist.xml", HttpStatusCode.BadRequest);
        using var client = WireClient.Create(handler);

        var error = Assert.ThrowsAsync<TemplateDoesNotExistException>(() => client.GetTemplateAsync(new GetTemplateRequest { TemplateName = "WelcomeEmailV2" }));

        Assert.That(error!.Message, Is.EqualTo("Template WelcomeEmailV2 does not exist."));
    }

    [Test]
    public async Task ListTemplatesAsync_MaxItemsAndToken_SendsBoth()
    {
        var handler = new FakeSesHandler().AnswerFixture("ListTemplates.xml");
        using var client = WireClient.Create(handler);

        await client.ListTemplatesAsync(new ListTemplatesRequest { MaxItems = 100, NextToken = "tok+en/=" });

        Assert.That(handler.Requests.Single().Form, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["Action"] = "ListTemplates",
            ["Version"] = "2010-12-01",
            ["MaxItems"] = "100",
            ["NextToken"] = "tok+en/=",
        }));
    }

    [Test]
    public async Task ListTemplatesAsync_FirstPage_ReturnsMetadataInOrderAndNextToken()
    {
        var handler = new FakeSesHandler().AnswerFixture("ListTemplates.xml");
        using var client = WireClient.Create(handler);

        var response = await client.ListTemplatesAsync(new ListTemplatesRequest());

        Assert.Multiple(() =>
        {
            Assert.That(response.TemplatesMetadata.Select(t => t.Name), Is.EqualTo(new[] { "WelcomeEmail", "PasswordReset" }));
            Assert.That(response.TemplatesMetadata[0].CreatedTimestamp, Is.EqualTo(new DateTime(2024, 4, 22, 14, 5, 31, 482, DateTimeKind.Utc)));
            Assert.That(response.TemplatesMetadata[0].CreatedTimestamp!.Value.Kind, Is.EqualTo(DateTimeKind.Utc));
            Assert.That(response.TemplatesMetadata[1].CreatedTimestamp, Is.EqualTo(new DateTime(2024, 4, 25, 9, 12, 7, 15, DateTimeKind.Utc)));
            Assert.That(response.NextToken, Is.EqualTo("AAEAAWQxNjY2ZGY2LTVhYTQtNDY5Yy1hNmM4LTU3ZjY0NmU1YzQ3Yg=="));
        });
    }

    [Test]
    public async Task ListTemplatesAsync_LastPage_ReturnsNullNextToken()
    {
        var handler = new FakeSesHandler().AnswerFixture("ListTemplates.LastPage.xml");
        using var client = WireClient.Create(handler);

        var response = await client.ListTemplatesAsync(new ListTemplatesRequest());

        Assert.Multiple(() =>
        {
            Assert.That(response.TemplatesMetadata.Select(t => t.Name), Is.EqualTo(new[] { "InvoiceReady" }));
            Assert.That(response.NextToken, Is.Null);
        });
    }

    [Test]
    public async Task DeleteTemplateAsync_Name_SendsTemplateNameAndReturnsRequestId()
    {
        var handler = new FakeSesHandler().AnswerFixture("DeleteTemplate.xml");
        using var client = WireClient.Create(handler);

        var response = await client.DeleteTemplateAsync(new DeleteTemplateRequest { TemplateName = "WelcomeEmail" });

        Assert.Multiple(() =>
        {
            Assert.That(handler.Requests.Single().Form, Is.EquivalentTo(new Dictionary<string, string>
            {
                ["Action"] = "DeleteTemplate",
                ["Version"] = "2010-12-01",
                ["TemplateName"] = "WelcomeEmail",
            }));
            Assert.That(response.ResponseMetadata.RequestId, Is.EqualTo("ad4f42ee-0bac-45ab-9d92-2eba0d894dc7"));
        });
    }
}
