using System.Net;
using Ses.Wrapper.SimpleEmail.Model;
using Ses.Wrapper.Tests.TestSupport;

namespace Ses.Wrapper.Tests.SimpleEmailWire;

/// <summary>SendTemplatedEmail and SendBulkTemplatedEmail on the wire: parameters, answers, errors and the no-retry policy.</summary>
[TestFixture]
public sealed class TemplatedSendWireTests
{
    [Test]
    public async Task SendTemplatedEmailAsync_EveryMemberSet_SendsExactlyTheseFormParameters()
    {
        var handler = new FakeSesHandler().AnswerFixture("SendTemplatedEmail.xml");
        using var client = WireClient.Create(handler);

        await client.SendTemplatedEmailAsync(new SendTemplatedEmailRequest
        {
            Source = "sender@example.com",
            Destination = new Destination { ToAddresses = ["to1@example.com", "to2@example.com"], CcAddresses = ["cc@example.com"], BccAddresses = ["bcc@example.com"] },
            ReplyToAddresses = ["reply@example.com"],
            ReturnPath = "bounces@example.com",
            SourceArn = "arn:aws:ses:us-west-2:123456789012:identity/example.com",
            ReturnPathArn = "arn:aws:ses:us-west-2:123456789012:identity/bounces.example.com",
            Tags = [new MessageTag { Name = "campaign", Value = "welcome" }],
            ConfigurationSetName = "tracking",
            Template = "WelcomeEmail",
            TemplateArn = "arn:aws:ses:us-west-2:123456789012:template/WelcomeEmail",
            TemplateData = "{\"name\":\"Jörg & Co\",\"plan\":\"100% + pro\"}",
        });

        Assert.That(handler.Requests.Single().Form, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["Action"] = "SendTemplatedEmail",
            ["Version"] = "2010-12-01",
            ["Source"] = "sender@example.com",
            ["Destination.ToAddresses.member.1"] = "to1@example.com",
            ["Destination.ToAddresses.member.2"] = "to2@example.com",
            ["Destination.CcAddresses.member.1"] = "cc@example.com",
            ["Destination.BccAddresses.member.1"] = "bcc@example.com",
            ["ReplyToAddresses.member.1"] = "reply@example.com",
            ["ReturnPath"] = "bounces@example.com",
            ["SourceArn"] = "arn:aws:ses:us-west-2:123456789012:identity/example.com",
            ["ReturnPathArn"] = "arn:aws:ses:us-west-2:123456789012:identity/bounces.example.com",
            ["Tags.member.1.Name"] = "campaign",
            ["Tags.member.1.Value"] = "welcome",
            ["ConfigurationSetName"] = "tracking",
            ["Template"] = "WelcomeEmail",
            ["TemplateArn"] = "arn:aws:ses:us-west-2:123456789012:template/WelcomeEmail",
            ["TemplateData"] = "{\"name\":\"Jörg & Co\",\"plan\":\"100% + pro\"}",
        }));
    }

    [Test]
    public async Task SendTemplatedEmailAsync_SuccessAnswer_ReturnsMessageIdAndRequestId()
    {
        var handler = new FakeSesHandler().AnswerFixture("SendTemplatedEmail.xml");
        using var client = WireClient.Create(handler);

        var response = await client.SendTemplatedEmailAsync(MinimalTemplated());

        Assert.Multiple(() =>
        {
            Assert.That(response.MessageId, Is.EqualTo("0100018f0f3d17c4-e9b3913f-6fdc-45e8-b8e3-d9e0d7e3fd0e-000000"));
            Assert.That(response.ResponseMetadata.RequestId, Is.EqualTo("932b4747-8830-4d96-9851-1f9cd6a5e19a"));
        });
    }

    [Test]
    public void SendTemplatedEmailAsync_TemplateDoesNotExist_ThrowsTemplateDoesNotExistException()
    {
        var handler = new FakeSesHandler().AnswerFixture("Error.TemplateDoesNotExist.xml", HttpStatusCode.BadRequest);
        using var client = WireClient.Create(handler);

        var error = Assert.ThrowsAsync<TemplateDoesNotExistException>(() => client.SendTemplatedEmailAsync(MinimalTemplated()));

        Assert.Multiple(() =>
        {
            Assert.That(error!.ErrorCode, Is.EqualTo("TemplateDoesNotExist"));
            Assert.That(handler.Attempts, Is.EqualTo(1));
        });
    }

    [Test]
    public void SendTemplatedEmailAsync_InternalFailure_IsNotRetried()
    {
        var handler = new FakeSesHandler().AnswerFixture("Error.InternalFailure.xml", HttpStatusCode.InternalServerError);
        using var client = WireClient.Create(handler);

        Assert.ThrowsAsync<Ses.Wrapper.SimpleEmail.AmazonSimpleEmailServiceException>(() => client.SendTemplatedEmailAsync(MinimalTemplated()));

        Assert.That(handler.Attempts, Is.EqualTo(1));
    }

    [Test]
    public void SendBulkTemplatedEmailAsync_InternalFailure_IsNotRetried()
    {
        var handler = new FakeSesHandler().AnswerFixture("Error.InternalFailure.xml", HttpStatusCode.InternalServerError);
        using var client = WireClient.Create(handler);

        Assert.ThrowsAsync<Ses.Wrapper.SimpleEmail.AmazonSimpleEmailServiceException>(() => client.SendBulkTemplatedEmailAsync(MinimalBulk()));

        Assert.That(handler.Attempts, Is.EqualTo(1));
    }

    [Test]
    public async Task SendBulkTemplatedEmailAsync_SendingRateThrottle_IsRetried()
    {
        var handler = new FakeSesHandler()
            .AnswerFixture("Error.Throttling.SendingRate.xml", HttpStatusCode.BadRequest)
            .AnswerFixture("SendBulkTemplatedEmail.xml");
        using var client = WireClient.Create(handler);

        var response = await client.SendBulkTemplatedEmailAsync(MinimalBulk());

        Assert.Multiple(() =>
        {
            Assert.That(handler.Attempts, Is.EqualTo(2));
            Assert.That(response.Status, Has.Count.EqualTo(3));
        });
    }

    [Test]
    public async Task SendBulkTemplatedEmailAsync_EveryMemberSet_SendsExactlyTheseFormParameters()
    {
        var handler = new FakeSesHandler().AnswerFixture("SendBulkTemplatedEmail.xml");
        using var client = WireClient.Create(handler);

        await client.SendBulkTemplatedEmailAsync(new SendBulkTemplatedEmailRequest
        {
            Source = "sender@example.com",
            SourceArn = "arn:aws:ses:us-west-2:123456789012:identity/example.com",
            ReplyToAddresses = ["reply@example.com"],
            ReturnPath = "bounces@example.com",
            ReturnPathArn = "arn:aws:ses:us-west-2:123456789012:identity/bounces.example.com",
            ConfigurationSetName = "tracking",
            DefaultTags = [new MessageTag { Name = "campaign", Value = "spring" }],
            Template = "WelcomeEmail",
            TemplateArn = "arn:aws:ses:us-west-2:123456789012:template/WelcomeEmail",
            DefaultTemplateData = "{\"name\":\"friend\"}",
            Destinations =
            [
                new BulkEmailDestination
                {
                    Destination = new Destination { ToAddresses = ["a@example.com"], CcAddresses = ["a-cc@example.com"] },
                    ReplacementTemplateData = "{\"name\":\"Ann\"}",
                    ReplacementTags = [new MessageTag { Name = "tier", Value = "gold" }],
                },
                new BulkEmailDestination
                {
                    Destination = new Destination { ToAddresses = ["b@example.com"], BccAddresses = ["b-bcc@example.com"] },
                },
            ],
        });

        Assert.That(handler.Requests.Single().Form, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["Action"] = "SendBulkTemplatedEmail",
            ["Version"] = "2010-12-01",
            ["Source"] = "sender@example.com",
            ["SourceArn"] = "arn:aws:ses:us-west-2:123456789012:identity/example.com",
            ["ReplyToAddresses.member.1"] = "reply@example.com",
            ["ReturnPath"] = "bounces@example.com",
            ["ReturnPathArn"] = "arn:aws:ses:us-west-2:123456789012:identity/bounces.example.com",
            ["ConfigurationSetName"] = "tracking",
            ["DefaultTags.member.1.Name"] = "campaign",
            ["DefaultTags.member.1.Value"] = "spring",
            ["Template"] = "WelcomeEmail",
            ["TemplateArn"] = "arn:aws:ses:us-west-2:123456789012:template/WelcomeEmail",
            ["DefaultTemplateData"] = "{\"name\":\"friend\"}",
            ["Destinations.member.1.Destination.ToAddresses.member.1"] = "a@example.com",
            ["Destinations.member.1.Destination.CcAddresses.member.1"] = "a-cc@example.com",
            ["Destinations.member.1.ReplacementTags.member.1.Name"] = "tier",
            ["Destinations.member.1.ReplacementTags.member.1.Value"] = "gold",
            ["Destinations.member.1.ReplacementTemplateData"] = "{\"name\":\"Ann\"}",
            ["Destinations.member.2.Destination.ToAddresses.member.1"] = "b@example.com",
            ["Destinations.member.2.Destination.BccAddresses.member.1"] = "b-bcc@example.com",
        }));
    }

    [Test]
    public async Task SendBulkTemplatedEmailAsync_MixedAnswer_ReturnsEachDestinationsStatusInOrder()
    {
        var handler = new FakeSesHandler().AnswerFixture("SendBulkTemplatedEmail.xml");
        using var client = WireClient.Create(handler);

        var response = await client.SendBulkTemplatedEmailAsync(MinimalBulk());

        Assert.Multiple(() =>
        {
            Assert.That(response.Status.Select(s => s.Status?.Value), Is.EqualTo(new[] { "Success", "MessageRejected", "Success" }));
            Assert.That(response.Status[0].Status, Is.SameAs(BulkEmailStatus.Success));
            Assert.That(response.Status[0].MessageId, Is.EqualTo("0100018f0f41a2d3-6cda532d-8c61-4fc6-b5f1-cdd6ab49c996-000000"));
            Assert.That(response.Status[0].Error, Is.Null);
            Assert.That(response.Status[1].MessageId, Is.Null);
            Assert.That(response.Status[1].Error, Is.EqualTo("Email address is not verified. The following identities failed the check in region US-EAST-1: blocked@example.net"));
            Assert.That(response.Status[2].MessageId, Is.EqualTo("0100018f0f41a2d9-42742f34-73ab-4a54-b2a6-ed43a4b79bcb-000000"));
            Assert.That(response.ResponseMetadata.RequestId, Is.EqualTo("51b9c234-8e35-4e7a-9cc3-d65b29719730"));
        });
    }

    [Test]
    public void SendBulkTemplatedEmailAsync_TemplateDoesNotExist_ThrowsTemplateDoesNotExistException()
    {
        var handler = new FakeSesHandler().AnswerFixture("Error.TemplateDoesNotExist.xml", HttpStatusCode.BadRequest);
        using var client = WireClient.Create(handler);

        var error = Assert.ThrowsAsync<TemplateDoesNotExistException>(() => client.SendBulkTemplatedEmailAsync(MinimalBulk()));

        Assert.That(error!.RequestId, Is.EqualTo("4088a34c-e8b7-4870-9b6f-fb30431b75c9"));
    }

    private static SendTemplatedEmailRequest MinimalTemplated() => new()
    {
        Source = "sender@example.com",
        Destination = new Destination { ToAddresses = ["to@example.com"] },
        Template = "WelcomeEmail",
        TemplateData = "{}",
    };

    private static SendBulkTemplatedEmailRequest MinimalBulk() => new()
    {
        Source = "sender@example.com",
        Template = "WelcomeEmail",
        DefaultTemplateData = "{}",
        Destinations = [new BulkEmailDestination { Destination = new Destination { ToAddresses = ["to@example.com"] } }],
    };
}
