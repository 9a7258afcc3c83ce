using System.Net;
using System.Text;
using Amazon.Runtime;
using Ses.Wrapper.SimpleEmail.Model;
using Ses.Wrapper.Tests.TestSupport;

namespace Ses.Wrapper.Tests.SimpleEmailWire;

/// <summary>
/// A 200 answer that is hostile or wrong — DTDs, external entities, entity expansion, the wrong root — fails the
/// call instead of being read, and a send is not repeated because of it.
/// </summary>
[TestFixture]
public sealed class HostileAnswerWireTests
{
    private string secretFile = string.Empty;

    [SetUp]
    public void CreateSecretFile()
    {
        secretFile = Path.Combine(Path.GetTempPath(), "ses-wire-xxe-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(secretFile, "XXE-FILE-CONTENT-LEAKED");
    }

    [TearDown]
    public void DeleteSecretFile() => File.Delete(secretFile);

    [Test]
    public void GetSendQuotaAsync_ExternalEntityInAnswer_FailsWithoutReadingTheFile()
    {
        var xml = $"""
            <?xml version="1.0"?>
            <!DOCTYPE GetSendQuotaResponse [<!ENTITY xxe SYSTEM "{new Uri(secretFile).AbsoluteUri}">]>
            <GetSendQuotaResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/">
              <GetSendQuotaResult><Max24HourSend>200.0</Max24HourSend><MaxSendRate>1.0</MaxSendRate><SentLast24Hours>0.0</SentLast24Hours></GetSendQuotaResult>
              <ResponseMetadata><RequestId>&xxe;</RequestId></ResponseMetadata>
            </GetSendQuotaResponse>
            """;
        var handler = new FakeSesHandler().Answer(xml);
        using var client = WireClient.Create(handler, c => c.MaxErrorRetry = 0);

        var error = Assert.CatchAsync(() => client.GetSendQuotaAsync(new GetSendQuotaRequest()));

        Assert.Multiple(() =>
        {
            Assert.That(error, Is.InstanceOf<AmazonUnmarshallingException>());
            Assert.That(error!.ToString(), Does.Not.Contain("XXE-FILE-CONTENT-LEAKED"));
        });
    }

    [Test]
    public void GetSendQuotaAsync_InternalEntityInAnswer_FailsWithoutExpandingIt()
    {
        const string Xml = """
            <?xml version="1.0"?>
            <!DOCTYPE GetSendQuotaResponse [<!ENTITY rid "ENTITY-WAS-EXPANDED">]>
            <GetSendQuotaResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/">
              <GetSendQuotaResult><Max24HourSend>200.0</Max24HourSend></GetSendQuotaResult>
              <ResponseMetadata><RequestId>&rid;</RequestId></ResponseMetadata>
            </GetSendQuotaResponse>
            """;
        var handler = new FakeSesHandler().Answer(Xml);
        using var client = WireClient.Create(handler, c => c.MaxErrorRetry = 0);

        Assert.That(() => client.GetSendQuotaAsync(new GetSendQuotaRequest()), Throws.InstanceOf<AmazonUnmarshallingException>());
    }

    [Test]
    public void ListIdentitiesAsync_BillionLaughsAnswer_FailsWithoutExpansion()
    {
        var xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (var level = 1; level <= 9; level++)
        {
            xml.Append("<!ENTITY lol").Append(level).Append(" \"");
            for (var i = 0; i < 10; i++)
            {
                xml.Append("&lol").Append(level == 1 ? string.Empty : (level - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(';');
            }

            xml.Append("\">\n");
        }

        xml.Append("]>\n<ListIdentitiesResponse xmlns=\"http://ses.amazonaws.com/doc/2010-12-01/\"><ListIdentitiesResult><Identities><member>&lol9;</member></Identities></ListIdentitiesResult>")
            .Append("<ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></ListIdentitiesResponse>");
        var handler = new FakeSesHandler().Answer(xml.ToString());
        using var client = WireClient.Create(handler, c => c.MaxErrorRetry = 0);

        Assert.That(() => client.ListIdentitiesAsync(new ListIdentitiesRequest()), Throws.InstanceOf<AmazonUnmarshallingException>());
    }

    [Test]
    public void GetSendQuotaAsync_AnswerForAnotherAction_Fails()
    {
        var handler = new FakeSesHandler().AnswerFixture("SendEmail.xml");
        using var client = WireClient.Create(handler, c => c.MaxErrorRetry = 0);

        Assert.That(() => client.GetSendQuotaAsync(new GetSendQuotaRequest()), Throws.InstanceOf<AmazonUnmarshallingException>());
    }

    [Test]
    public void SendEmailAsync_AnswerForAnotherAction_FailsAfterOneAttempt()
    {
        var handler = new FakeSesHandler().AnswerFixture("SendRawEmail.xml");
        using var client = WireClient.Create(handler, c => c.MaxErrorRetry = 3);

        Assert.That(() => client.SendEmailAsync(SendEmailWireTests.MinimalRequest()), Throws.InstanceOf<AmazonUnmarshallingException>());
        Assert.That(handler.Attempts, Is.EqualTo(1));
    }

    [Test]
    public void SendEmailAsync_OkAnswerThatIsNotXml_FailsAfterOneAttempt()
    {
        var handler = new FakeSesHandler().Enqueue(SesAnswer.Of("<html><body>Welcome to the captive portal</body></html", HttpStatusCode.OK, "text/html"));
        using var client = WireClient.Create(handler, c => c.MaxErrorRetry = 3);

        Assert.That(() => client.SendEmailAsync(SendEmailWireTests.MinimalRequest()), Throws.InstanceOf<AmazonUnmarshallingException>());
        Assert.That(handler.Attempts, Is.EqualTo(1));
    }

    [Test]
    public void GetSendQuotaAsync_EmptyOkAnswer_Fails()
    {
        var handler = new FakeSesHandler().Answer(string.Empty);
        using var client = WireClient.Create(handler, c => c.MaxErrorRetry = 0);

        Assert.That(() => client.GetSendQuotaAsync(new GetSendQuotaRequest()), Throws.InstanceOf<AmazonUnmarshallingException>());
    }

    [Test]
    public void GetSendQuotaAsync_OversizedAnswer_Fails()
    {
        var padding = new string(' ', 5 * 1024 * 1024);
        var xml = Fixture.Read("GetSendQuota.xml").Replace("<GetSendQuotaResult>", "<GetSendQuotaResult>" + padding, StringComparison.Ordinal);
        var handler = new FakeSesHandler().Answer(xml);
        using var client = WireClient.Create(handler, c => c.MaxErrorRetry = 0);

        Assert.That(() => client.GetSendQuotaAsync(new GetSendQuotaRequest()), Throws.InstanceOf<AmazonUnmarshallingException>());
    }

    [Test]
    public void GetSendQuotaAsync_MalformedNumber_Fails()
    {
        var xml = Fixture.Read("GetSendQuota.xml").Replace("50000.0", "lots", StringComparison.Ordinal);
        var handler = new FakeSesHandler().Answer(xml);
        using var client = WireClient.Create(handler, c => c.MaxErrorRetry = 0);

        Assert.That(() => client.GetSendQuotaAsync(new GetSendQuotaRequest()), Throws.InstanceOf<AmazonUnmarshallingException>().With.InnerException.InstanceOf<FormatException>());
    }

    [Test]
    public void GetSendStatisticsAsync_MalformedTimestamp_Fails()
    {
        var xml = Fixture.Read("GetSendStatistics.xml").Replace("2011-08-13T02:43:00Z", "yesterday-ish", StringComparison.Ordinal);
        var handler = new FakeSesHandler().Answer(xml);
        using var client = WireClient.Create(handler, c => c.MaxErrorRetry = 0);

        Assert.That(() => client.GetSendStatisticsAsync(new GetSendStatisticsRequest()), Throws.InstanceOf<AmazonUnmarshallingException>());
    }

    [Test]
    public void SendEmailAsync_UnreadableAnswer_CarriesHeaderRequestIdAndStatusWithoutEchoingTheBody()
    {
        var handler = new FakeSesHandler().Enqueue(SesAnswer.Of("<html><body>captive-portal-login</body></html>", HttpStatusCode.OK, "text/html", ("x-amzn-RequestId", "77777777-6666-4555-8444-333333333333")));
        using var client = WireClient.Create(handler);

        var error = Assert.ThrowsAsync<AmazonUnmarshallingException>(() => client.SendEmailAsync(SendEmailWireTests.MinimalRequest()));

        Assert.Multiple(() =>
        {
            Assert.That(error!.RequestId, Is.EqualTo("77777777-6666-4555-8444-333333333333"));
            Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(error.Message, Does.Not.Contain("captive-portal-login"));
            Assert.That(error.ResponseBody, Is.Null);
        });
    }

    [Test]
    public void GetSendQuotaAsync_UnreadableAnswer_IsRetriedLikeOtherTransientErrorsOfAReadOnlyCall()
    {
        var handler = new FakeSesHandler().Answer("<GetSendQuotaResponse><unclosed>");
        using var client = WireClient.Create(handler, c => c.MaxErrorRetry = 1);

        Assert.That(() => client.GetSendQuotaAsync(new GetSendQuotaRequest()), Throws.InstanceOf<AmazonUnmarshallingException>());
        Assert.That(handler.Attempts, Is.EqualTo(2));
    }

    [Test]
    public void SendRawEmailAsync_UnreadableAnswer_FailsAfterOneAttempt()
    {
        var handler = new FakeSesHandler().Answer("<SendRawEmailResponse><unclosed>");
        using var client = WireClient.Create(handler, c => c.MaxErrorRetry = 3);

        Assert.That(() => client.SendRawEmailAsync(new SendRawEmailRequest { RawMessage = new RawMessage { Data = new MemoryStream([0x41]) } }), Throws.InstanceOf<AmazonUnmarshallingException>());
        Assert.That(handler.Attempts, Is.EqualTo(1));
    }
}
