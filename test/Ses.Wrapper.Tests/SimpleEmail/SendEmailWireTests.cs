using Ses.Wrapper.SimpleEmail.Model;
using Ses.Wrapper.Tests.TestSupport;

namespace Ses.Wrapper.Tests.SimpleEmailWire;

/// <summary>SendEmail on the wire: the form parameters sent and the answer read.</summary>
[TestFixture]
public sealed class SendEmailWireTests
{
    [Test]
    public async Task SendEmailAsync_EveryMemberSet_SendsExactlyTheseFormParameters()
    {
        var handler = new FakeSesHandler().AnswerFixture("SendEmail.xml");
        using var client = WireClient.Create(handler);

        await client.SendEmailAsync(new SendEmailRequest
        {
            Source = "Sender <sender@example.com>",
            Destination = new Destination
            {
                ToAddresses = ["to1@example.com", "to2@example.com", "to3@example.com"],
                CcAddresses = ["cc1@example.com", "cc2@example.com"],
                BccAddresses = ["bcc1@example.com"],
            },
            Message = new Message(
                new Content("Quarterly report") { Charset = "UTF-8" },
                new Body(new Content("Plain text body") { Charset = "UTF-8" }) { Html = new Content("<p>HTML body</p>") { Charset = "ISO-8859-1" } }),
            ReplyToAddresses = ["reply1@example.com", "reply2@example.com"],
            ReturnPath = "bounces@example.com",
            SourceArn = "arn:aws:ses:us-west-2:123456789012:identity/example.com",
            ReturnPathArn = "arn:aws:ses:us-west-2:123456789012:identity/bounces.example.com",
            Tags = [new MessageTag { Name = "campaign", Value = "spring-sale" }, new MessageTag { Name = "tier", Value = "gold" }],
            ConfigurationSetName = "transactional",
        });

        Assert.That(handler.Requests.Single().Form, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["Action"] = "SendEmail",
            ["Version"] = "2010-12-01",
            ["Source"] = "Sender <sender@example.com>",
            ["Destination.ToAddresses.member.1"] = "to1@example.com",
            ["Destination.ToAddresses.member.2"] = "to2@example.com",
            ["Destination.ToAddresses.member.3"] = "to3@example.com",
            ["Destination.CcAddresses.member.1"] = "cc1@example.com",
            ["Destination.CcAddresses.member.2"] = "cc2@example.com",
            ["Destination.BccAddresses.member.1"] = "bcc1@example.com",
            ["Message.Subject.Data"] = "Quarterly report",
            ["Message.Subject.Charset"] = "UTF-8",
            ["Message.Body.Text.Data"] = "Plain text body",
            ["Message.Body.Text.Charset"] = "UTF-8",
            ["Message.Body.Html.Data"] = "<p>HTML body</p>",
            ["Message.Body.Html.Charset"] = "ISO-8859-1",
            ["ReplyToAddresses.member.1"] = "reply1@example.com",
            ["ReplyToAddresses.member.2"] = "reply2@example.com",
            ["ReturnPath"] = "bounces@example.com",
            ["SourceArn"] = "arn:aws:ses:us-west-2:123456789012:identity/example.com",
            ["ReturnPathArn"] = "arn:aws:ses:us-west-2:123456789012:identity/bounces.example.com",
            ["Tags.member.1.Name"] = "campaign",
            ["Tags.member.1.Value"] = "spring-sale",
            ["Tags.member.2.Name"] = "tier",
            ["Tags.member.2.Value"] = "gold",
            ["ConfigurationSetName"] = "transactional",
        }));
    }

    [Test]
    public async Task SendEmailAsync_OnlyRequiredMembers_SendsNoEmptyListsOrOptionalParameters()
    {
        var handler = new FakeSesHandler().AnswerFixture("SendEmail.xml");
        using var client = WireClient.Create(handler);

        await client.SendEmailAsync(new SendEmailRequest
        {
            Source = "sender@example.com",
            Destination = new Destination(["to@example.com"]),
            Message = new Message(new Content("Hi"), new Body(new Content("Hello"))),
        });

        Assert.That(handler.Requests.Single().Form, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["Action"] = "SendEmail",
            ["Version"] = "2010-12-01",
            ["Source"] = "sender@example.com",
            ["Destination.ToAddresses.member.1"] = "to@example.com",
            ["Message.Subject.Data"] = "Hi",
            ["Message.Body.Text.Data"] = "Hello",
        }));
    }

    [Test]
    public async Task SendEmailAsync_Always_PostsFormEncodedBodyToRootOfRegionalEndpoint()
    {
        var handler = new FakeSesHandler().AnswerFixture("SendEmail.xml");
        using var client = WireClient.Create(handler);

        await client.SendEmailAsync(MinimalRequest());

        var request = handler.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(request.Method, Is.EqualTo(HttpMethod.Post));
            Assert.That(request.Uri.AbsoluteUri, Is.EqualTo("https://email.us-west-2.amazonaws.com/"));
            Assert.That(request.Uri.Query, Is.Empty);
            Assert.That(request.ContentType, Is.EqualTo("application/x-www-form-urlencoded"));
        });
    }

    [TestCase("Grüße aus Köln – Ärger über Öl")]
    [TestCase("東京からのお知らせ 😀")]
    [TestCase("Tom & Jerry: 1 + 1 = 2, 100% sure?")]
    [TestCase("a=b&c=d+e%20f%2B#frag")]
    [TestCase("  leading and trailing spaces  ")]
    public async Task SendEmailAsync_SpecialCharactersInSubjectAndBody_RoundTripUnchanged(string text)
    {
        var handler = new FakeSesHandler().AnswerFixture("SendEmail.xml");
        using var client = WireClient.Create(handler);

        await client.SendEmailAsync(new SendEmailRequest
        {
            Source = "\"Jörg Müller\" <sender@example.com>",
            Destination = new Destination(["to@example.com"]),
            Message = new Message(new Content(text) { Charset = "UTF-8" }, new Body(new Content(text)) { Html = new Content("<b>" + text + "</b>") }),
            Tags = [new MessageTag { Name = "label", Value = "a+b=c" }],
        });

        var form = handler.Requests.Single().Form;
        Assert.Multiple(() =>
        {
            Assert.That(form["Message.Subject.Data"], Is.EqualTo(text));
            Assert.That(form["Message.Body.Text.Data"], Is.EqualTo(text));
            Assert.That(form["Message.Body.Html.Data"], Is.EqualTo("<b>" + text + "</b>"));
            Assert.That(form["Source"], Is.EqualTo("\"Jörg Müller\" <sender@example.com>"));
            Assert.That(form["Tags.member.1.Value"], Is.EqualTo("a+b=c"));
        });
    }

    [Test]
    public async Task SendEmailAsync_ReservedAndNonAsciiCharacters_ArePercentEncodedAsUtf8PerRfc3986()
    {
        const string subject = "Ä & = + % ~ 😀";
        var handler = new FakeSesHandler().AnswerFixture("SendEmail.xml");
        using var client = WireClient.Create(handler);

        await client.SendEmailAsync(new SendEmailRequest
        {
            Source = "sender@example.com",
            Destination = new Destination(["to@example.com"]),
            Message = new Message(new Content(subject), new Body(new Content("x"))),
        });

        Assert.That(
            handler.Requests.Single().Body,
            Does.Contain("Message.Subject.Data=%C3%84%20%26%20%3D%20%2B%20%25%20~%20%F0%9F%98%80"));
    }

    [Test]
    public async Task SendEmailAsync_SuccessAnswer_ReturnsMessageIdAndRequestId()
    {
        var handler = new FakeSesHandler().AnswerFixture("SendEmail.xml");
        using var client = WireClient.Create(handler);

        var response = await client.SendEmailAsync(MinimalRequest());

        Assert.Multiple(() =>
        {
            Assert.That(response.MessageId, Is.EqualTo("0100018f0f3a5c21-5aae6c66-7018-4d9f-8d69-41cfa9c70d86-000000"));
            Assert.That(response.ResponseMetadata.RequestId, Is.EqualTo("64e5b339-3d95-4b5a-b088-8f4ba29c1a93"));
            Assert.That(response.HttpStatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK));
        });
    }

    internal static SendEmailRequest MinimalRequest() => new()
    {
        Source = "sender@example.com",
        Destination = new Destination(["to@example.com"]),
        Message = new Message(new Content("Subject") { Charset = "UTF-8" }, new Body(new Content("Body") { Charset = "UTF-8" })),
    };
}
