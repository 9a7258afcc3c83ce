using System.Text;
using Ses.Wrapper.SimpleEmail.Model;
using Ses.Wrapper.Tests.TestSupport;

namespace Ses.Wrapper.Tests.SimpleEmailWire;

/// <summary>SendRawEmail on the wire: the form parameters sent (the MIME message base64-encoded) and the answer read.</summary>
[TestFixture]
public sealed class SendRawEmailWireTests
{
    private const string Mime =
        "From: =?UTF-8?B?SsO2cmc=?= <sender@example.com>\r\n" +
        "To: to@example.com\r\n" +
        "Subject: Grüße & 100% + mehr\r\n" +
        "MIME-Version: 1.0\r\n" +
        "Content-Type: text/plain; charset=UTF-8\r\n" +
        "\r\n" +
        "Hällo wörld – 東京 😀\r\n";

    [Test]
    public async Task SendRawEmailAsync_EveryMemberSet_SendsExactlyTheseFormParameters()
    {
        var handler = new FakeSesHandler().AnswerFixture("SendRawEmail.xml");
        using var client = WireClient.Create(handler);
        var bytes = Encoding.UTF8.GetBytes(Mime);

        await client.SendRawEmailAsync(new SendRawEmailRequest
        {
            Source = "sender@example.com",
            Destinations = ["to@example.com", "cc@example.com", "hidden-bcc@example.com"],
            RawMessage = new RawMessage { Data = new MemoryStream(bytes) },
            FromArn = "arn:aws:ses:us-west-2:123456789012:identity/example.com",
            SourceArn = "arn:aws:ses:us-west-2:123456789012:identity/example.com",
            ReturnPathArn = "arn:aws:ses:us-west-2:123456789012:identity/bounces.example.com",
            Tags = [new MessageTag { Name = "campaign", Value = "raw" }, new MessageTag { Name = "tier", Value = "silver" }],
            ConfigurationSetName = "bulk",
        });

        Assert.That(handler.Requests.Single().Form, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["Action"] = "SendRawEmail",
            ["Version"] = "2010-12-01",
            ["Source"] = "sender@example.com",
            ["Destinations.member.1"] = "to@example.com",
            ["Destinations.member.2"] = "cc@example.com",
            ["Destinations.member.3"] = "hidden-bcc@example.com",
            ["RawMessage.Data"] = Convert.ToBase64String(bytes),
            ["FromArn"] = "arn:aws:ses:us-west-2:123456789012:identity/example.com",
            ["SourceArn"] = "arn:aws:ses:us-west-2:123456789012:identity/example.com",
            ["ReturnPathArn"] = "arn:aws:ses:us-west-2:123456789012:identity/bounces.example.com",
            ["Tags.member.1.Name"] = "campaign",
            ["Tags.member.1.Value"] = "raw",
            ["Tags.member.2.Name"] = "tier",
            ["Tags.member.2.Value"] = "silver",
            ["ConfigurationSetName"] = "bulk",
        }));
    }

    [Test]
    public async Task SendRawEmailAsync_OnlyRawMessage_SendsActionVersionAndDataOnly()
    {
        var handler = new FakeSesHandler().AnswerFixture("SendRawEmail.xml");
        using var client = WireClient.Create(handler);
        var bytes = Encoding.UTF8.GetBytes(Mime);

        await client.SendRawEmailAsync(new SendRawEmailRequest { RawMessage = new RawMessage { Data = new MemoryStream(bytes) } });

        Assert.That(handler.Requests.Single().Form, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["Action"] = "SendRawEmail",
            ["Version"] = "2010-12-01",
            ["RawMessage.Data"] = Convert.ToBase64String(bytes),
        }));
    }

    [Test]
    public async Task SendRawEmailAsync_DataWhoseBase64HasPlusSlashAndPadding_DecodesToTheOriginalBytes()
    {
        // 0xFB 0xEF 0xFF encodes as "++//"; a trailing odd byte forces "=" padding.
        byte[] bytes = [0xFB, 0xEF, 0xFF, 0xFB, 0xEF, 0xFF, 0x41];
        var handler = new FakeSesHandler().AnswerFixture("SendRawEmail.xml");
        using var client = WireClient.Create(handler);

        await client.SendRawEmailAsync(new SendRawEmailRequest { RawMessage = new RawMessage { Data = new MemoryStream(bytes) } });

        var sent = handler.Requests.Single().Form["RawMessage.Data"];
        Assert.Multiple(() =>
        {
            Assert.That(sent, Is.EqualTo("++//++//QQ=="));
            Assert.That(Convert.FromBase64String(sent), Is.EqualTo(bytes));
            Assert.That(handler.Requests.Single().Body, Does.Contain("RawMessage.Data=%2B%2B%2F%2F%2B%2B%2F%2FQQ%3D%3D"));
        });
    }

    [Test]
    public async Task SendRawEmailAsync_StreamPositionedAtEnd_SendsTheWholeMessage()
    {
        var handler = new FakeSesHandler().AnswerFixture("SendRawEmail.xml");
        using var client = WireClient.Create(handler);
        var bytes = Encoding.UTF8.GetBytes(Mime);
        var stream = new MemoryStream();
        stream.Write(bytes);

        await client.SendRawEmailAsync(new SendRawEmailRequest { RawMessage = new RawMessage { Data = stream } });

        Assert.That(Convert.FromBase64String(handler.Requests.Single().Form["RawMessage.Data"]), Is.EqualTo(bytes));
    }

    [Test]
    public async Task SendRawEmailAsync_StreamOverPartOfABuffer_SendsOnlyThatPart()
    {
        var handler = new FakeSesHandler().AnswerFixture("SendRawEmail.xml");
        using var client = WireClient.Create(handler);
        var buffer = Encoding.ASCII.GetBytes("xxxxSubject: hi\r\n\r\nbodyyyyy");

        await client.SendRawEmailAsync(new SendRawEmailRequest
        {
            RawMessage = new RawMessage { Data = new MemoryStream(buffer, 4, 19, writable: false, publiclyVisible: true) },
        });

        Assert.That(
            Encoding.ASCII.GetString(Convert.FromBase64String(handler.Requests.Single().Form["RawMessage.Data"])),
            Is.EqualTo("Subject: hi\r\n\r\nbody"));
    }

    [Test]
    public async Task SendRawEmailAsync_SuccessAnswer_ReturnsMessageIdAndRequestId()
    {
        var handler = new FakeSesHandler().AnswerFixture("SendRawEmail.xml");
        using var client = WireClient.Create(handler);

        var response = await client.SendRawEmailAsync(new SendRawEmailRequest { RawMessage = new RawMessage { Data = new MemoryStream(Encoding.UTF8.GetBytes(Mime)) } });

        Assert.Multiple(() =>
        {
            Assert.That(response.MessageId, Is.EqualTo("0100018f0f3b9e07-c804283d-b67a-4b4a-b0ab-186632bce929-000000"));
            Assert.That(response.ResponseMetadata.RequestId, Is.EqualTo("0ded9162-c424-4b3d-a6ca-07dee98a8984"));
        });
    }
}
