using System.Net;
using System.Text.Json.Nodes;
using Amazon.Runtime;
using Moq;
using Ses.Wrapper.SimpleEmail.Model;
using Ses.Wrapper.Tests.TestSupport;

namespace Ses.Wrapper.Tests.Facade.Templates;

/// <summary>The template operations of the facade over a mocked API client.</summary>
[TestFixture]
public sealed class SesServiceTemplatesTests
{
    private static SesTemplate Welcome() => new() { Name = "WelcomeEmail", Subject = "Hi {{name}}", TextBody = "Hello {{name}}", HtmlBody = "<b>{{name}}</b>" };

    [Test]
    public async Task CreateTemplateAsync_Template_SendsItsPartsAndReturnsRequestId()
    {
        var ses = new MockedSes();
        CreateTemplateRequest? sent = null;
        ses.Client.Setup(c => c.CreateTemplateAsync(It.IsAny<CreateTemplateRequest>(), It.IsAny<CancellationToken>()))
            .Callback<CreateTemplateRequest, CancellationToken>((r, _) => sent = r)
            .ReturnsAsync(MockedSes.WithRequestId(new CreateTemplateResponse(), "create-1"));

        var requestId = await ses.CreateService().CreateTemplateAsync(Welcome());

        Assert.Multiple(() =>
        {
            Assert.That(requestId, Is.EqualTo("create-1"));
            Assert.That(sent!.Template!.TemplateName, Is.EqualTo("WelcomeEmail"));
            Assert.That(sent.Template.SubjectPart, Is.EqualTo("Hi {{name}}"));
            Assert.That(sent.Template.TextPart, Is.EqualTo("Hello {{name}}"));
            Assert.That(sent.Template.HtmlPart, Is.EqualTo("<b>{{name}}</b>"));
        });
    }

    [Test]
    public async Task UpdateTemplateAsync_Template_SendsItsParts()
    {
        var ses = new MockedSes();
        UpdateTemplateRequest? sent = null;
        ses.Client.Setup(c => c.UpdateTemplateAsync(It.IsAny<UpdateTemplateRequest>(), It.IsAny<CancellationToken>()))
            .Callback<UpdateTemplateRequest, CancellationToken>((r, _) => sent = r)
            .ReturnsAsync(MockedSes.WithRequestId(new UpdateTemplateResponse(), "update-1"));

        var requestId = await ses.CreateService().UpdateTemplateAsync(Welcome());

        Assert.Multiple(() =>
        {
            Assert.That(requestId, Is.EqualTo("update-1"));
            Assert.That(sent!.Template!.TemplateName, Is.EqualTo("WelcomeEmail"));
        });
    }

    [TestCase("")]
    [TestCase("has space")]
    [TestCase("ümlaut")]
    public void CreateTemplateAsync_InvalidName_ThrowsNamingTemplateName(string name)
    {
        var ses = new MockedSes();
        var template = Welcome();
        template.Name = name;

        var error = Assert.ThrowsAsync<ArgumentException>(() => ses.CreateService().CreateTemplateAsync(template));

        Assert.That(error!.ParamName, Is.EqualTo("template.Name"));
    }

    [Test]
    public void CreateTemplateAsync_NoBody_ThrowsNamingTextBody()
    {
        var ses = new MockedSes();
        var template = Welcome();
        template.TextBody = null;
        template.HtmlBody = null;

        var error = Assert.ThrowsAsync<ArgumentException>(() => ses.CreateService().CreateTemplateAsync(template));

        Assert.That(error!.ParamName, Is.EqualTo("template.TextBody"));
    }

    [Test]
    public void CreateTemplateAsync_NoSubject_ThrowsNamingSubject()
    {
        var ses = new MockedSes();
        var template = Welcome();
        template.Subject = null;

        var error = Assert.ThrowsAsync<ArgumentException>(() => ses.CreateService().CreateTemplateAsync(template));

        Assert.That(error!.ParamName, Is.EqualTo("template.Subject"));
    }

    [Test]
    public async Task GetTemplateAsync_Answer_MapsEveryPart()
    {
        var ses = new MockedSes();
        ses.Client.Setup(c => c.GetTemplateAsync(It.Is<GetTemplateRequest>(r => r.TemplateName == "WelcomeEmail"), It.IsAny<CancellationToken>()))
            .ReturnsAsync(MockedSes.WithRequestId(new GetTemplateResponse { Template = new Template { TemplateName = "WelcomeEmail", SubjectPart = "S", TextPart = "T", HtmlPart = "H" } }));

        var template = await ses.CreateService().GetTemplateAsync("WelcomeEmail");

        Assert.Multiple(() =>
        {
            Assert.That(template.Name, Is.EqualTo("WelcomeEmail"));
            Assert.That(template.Subject, Is.EqualTo("S"));
            Assert.That(template.TextBody, Is.EqualTo("T"));
            Assert.That(template.HtmlBody, Is.EqualTo("H"));
        });
    }

    [Test]
    public void GetTemplateAsync_TemplateDoesNotExist_ThrowsRejectedSesExceptionWithTheCode()
    {
        var ses = new MockedSes();
        ses.Client.Setup(c => c.GetTemplateAsync(It.IsAny<GetTemplateRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new TemplateDoesNotExistException("Template WelcomeEmailV2 does not exist.", null, ErrorType.Sender, "TemplateDoesNotExist", "req-9", HttpStatusCode.BadRequest));

        var error = Assert.ThrowsAsync<SesException>(() => ses.CreateService().GetTemplateAsync("WelcomeEmailV2"));

        Assert.Multiple(() =>
        {
            Assert.That(error!.Code, Is.EqualTo("TemplateDoesNotExist"));
            Assert.That(error.Kind, Is.EqualTo(SesErrorKind.Rejected));
            Assert.That(error.RequestId, Is.EqualTo("req-9"));
        });
    }

    [Test]
    public async Task ListTemplatesAsync_TwoPages_ReturnsAllInOrderAndFollowsTheToken()
    {
        var ses = new MockedSes();
        var requests = new List<ListTemplatesRequest>();
        ses.Client.Setup(c => c.ListTemplatesAsync(It.IsAny<ListTemplatesRequest>(), It.IsAny<CancellationToken>()))
            .Callback<ListTemplatesRequest, CancellationToken>((r, _) => requests.Add(r))
            .ReturnsAsync((ListTemplatesRequest r, CancellationToken _) => r.NextToken is null
                ? MockedSes.WithRequestId(new ListTemplatesResponse
                {
                    TemplatesMetadata = [new TemplateMetadata { Name = "A", CreatedTimestamp = new DateTime(2024, 4, 22, 14, 5, 31, DateTimeKind.Utc) }],
                    NextToken = "page2",
                })
                : MockedSes.WithRequestId(new ListTemplatesResponse { TemplatesMetadata = [new TemplateMetadata { Name = "B", CreatedTimestamp = new DateTime(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc) }] }));

        var templates = await ses.CreateService().ListTemplatesAsync();

        Assert.Multiple(() =>
        {
            Assert.That(templates, Is.EqualTo(new[]
            {
                new SesTemplateInfo("A", new DateTimeOffset(2024, 4, 22, 14, 5, 31, TimeSpan.Zero)),
                new SesTemplateInfo("B", new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero)),
            }));
            Assert.That(requests.Select(r => r.NextToken), Is.EqualTo(new[] { null, "page2" }));
            Assert.That(requests.Select(r => r.MaxItems), Is.All.EqualTo(100));
        });
    }

    [Test]
    public void ListTemplatesAsync_RepeatedToken_ThrowsInvalidResponse()
    {
        var ses = new MockedSes();
        ses.Client.Setup(c => c.ListTemplatesAsync(It.IsAny<ListTemplatesRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => MockedSes.WithRequestId(new ListTemplatesResponse { NextToken = "same" }));

        var error = Assert.ThrowsAsync<SesException>(() => ses.CreateService().ListTemplatesAsync());

        Assert.That(error!.Kind, Is.EqualTo(SesErrorKind.InvalidResponse));
    }

    [Test]
    public async Task DeleteTemplateAsync_Name_SendsItAndReturnsRequestId()
    {
        var ses = new MockedSes();
        ses.Client.Setup(c => c.DeleteTemplateAsync(It.Is<DeleteTemplateRequest>(r => r.TemplateName == "Old"), It.IsAny<CancellationToken>()))
            .ReturnsAsync(MockedSes.WithRequestId(new DeleteTemplateResponse(), "delete-1"));

        Assert.That(await ses.CreateService().DeleteTemplateAsync("Old"), Is.EqualTo("delete-1"));
    }

    [Test]
    public async Task SendTemplatedAsync_Mail_SendsEveryField()
    {
        var ses = new MockedSes();
        ses.Options.ConfigurationSetName = "default-set";
        SendTemplatedEmailRequest? sent = null;
        ses.Client.Setup(c => c.SendTemplatedEmailAsync(It.IsAny<SendTemplatedEmailRequest>(), It.IsAny<CancellationToken>()))
            .Callback<SendTemplatedEmailRequest, CancellationToken>((r, _) => sent = r)
            .ReturnsAsync(MockedSes.WithRequestId(new SendTemplatedEmailResponse { MessageId = "t-1" }));
        var mail = new SesTemplatedMail
        {
            Source = "sender@example.com",
            To = ["to@example.com"],
            Cc = ["cc@example.com"],
            Bcc = ["bcc@example.com"],
            ReplyTo = ["reply@example.com"],
            ReturnPath = "bounce@example.com",
            TemplateName = "WelcomeEmail",
            TemplateData = SesTemplateData.From(new JsonObject { ["name"] = "Jörg" }),
        };
        mail.Tags["campaign"] = "spring";

        var result = await ses.CreateService().SendTemplatedAsync(mail);

        Assert.Multiple(() =>
        {
            Assert.That(result, Is.EqualTo(new SendResult("t-1", MockedSes.RequestId)));
            Assert.That(sent!.Source, Is.EqualTo("sender@example.com"));
            Assert.That(sent.Destination!.ToAddresses, Is.EqualTo(new[] { "to@example.com" }));
            Assert.That(sent.Destination.CcAddresses, Is.EqualTo(new[] { "cc@example.com" }));
            Assert.That(sent.Destination.BccAddresses, Is.EqualTo(new[] { "bcc@example.com" }));
            Assert.That(sent.ReplyToAddresses, Is.EqualTo(new[] { "reply@example.com" }));
            Assert.That(sent.ReturnPath, Is.EqualTo("bounce@example.com"));
            Assert.That(sent.Template, Is.EqualTo("WelcomeEmail"));
            Assert.That(sent.TemplateData, Is.EqualTo("{\"name\":\"J\\u00F6rg\"}"));
            Assert.That(sent.ConfigurationSetName, Is.EqualTo("default-set"));
            Assert.That(sent.Tags.Select(t => (t.Name, t.Value)), Is.EqualTo(new[] { ("campaign", "spring") }));
        });
    }

    [TestCase("[]")]
    [TestCase("\"text\"")]
    [TestCase("{not json")]
    [TestCase("")]
    public void SendTemplatedAsync_TemplateDataNotAJsonObject_ThrowsNamingTemplateData(string data)
    {
        var ses = new MockedSes();
        var mail = new SesTemplatedMail { Source = "sender@example.com", To = ["to@example.com"], TemplateName = "T", TemplateData = data };

        var error = Assert.ThrowsAsync<ArgumentException>(() => ses.CreateService().SendTemplatedAsync(mail));

        Assert.That(error!.ParamName, Is.EqualTo("mail.TemplateData"));
    }

    [Test]
    public void SendTemplatedAsync_NoRecipients_ThrowsNamingTo()
    {
        var ses = new MockedSes();
        var mail = new SesTemplatedMail { Source = "sender@example.com", TemplateName = "T" };

        var error = Assert.ThrowsAsync<ArgumentException>(() => ses.CreateService().SendTemplatedAsync(mail));

        Assert.That(error!.ParamName, Is.EqualTo("mail.To"));
    }

    [Test]
    public void SendTemplatedAsync_TemplateDoesNotExist_ThrowsSesExceptionWithTheCode()
    {
        var ses = new MockedSes();
        ses.Client.Setup(c => c.SendTemplatedEmailAsync(It.IsAny<SendTemplatedEmailRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new TemplateDoesNotExistException("Template T does not exist.", null, ErrorType.Sender, "TemplateDoesNotExist", "req-2", HttpStatusCode.BadRequest));
        var mail = new SesTemplatedMail { Source = "sender@example.com", To = ["to@example.com"], TemplateName = "T" };

        var error = Assert.ThrowsAsync<SesException>(() => ses.CreateService().SendTemplatedAsync(mail));

        Assert.That(error!.Code, Is.EqualTo("TemplateDoesNotExist"));
    }
}
