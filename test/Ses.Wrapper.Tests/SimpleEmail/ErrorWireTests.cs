using System.Net;
using Amazon.Runtime;
using Ses.Wrapper.SimpleEmail;
using Ses.Wrapper.SimpleEmail.Model;
using Ses.Wrapper.Tests.TestSupport;

namespace Ses.Wrapper.Tests.SimpleEmailWire;

/// <summary>SES error answers become exceptions carrying ErrorCode, ErrorType, RequestId and StatusCode.</summary>
[TestFixture]
public sealed class ErrorWireTests
{
    [Test]
    public void SendEmailAsync_MessageRejected_ThrowsMessageRejectedExceptionWithEveryField()
    {
        var handler = new FakeSesHandler().AnswerFixture("Error.MessageRejected.xml", HttpStatusCode.BadRequest);
        using var client = WireClient.Create(handler);

        var error = Assert.ThrowsAsync<MessageRejectedException>(() => client.SendEmailAsync(SendEmailWireTests.MinimalRequest()));

        Assert.Multiple(() =>
        {
            Assert.That(error!.ErrorCode, Is.EqualTo("MessageRejected"));
            Assert.That(error.ErrorType, Is.EqualTo(ErrorType.Sender));
            Assert.That(error.RequestId, Is.EqualTo("8addd562-1ad8-42cc-b23a-9715e713ebb2"));
            Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(error.Message, Is.EqualTo("Email address is not verified. The following identities failed the check in region US-EAST-1: sender@example.com"));
        });
    }

    [Test]
    public void SendRawEmailAsync_MessageRejected_ThrowsMessageRejectedException()
    {
        var handler = new FakeSesHandler().AnswerFixture("Error.MessageRejected.xml", HttpStatusCode.BadRequest);
        using var client = WireClient.Create(handler);

        var error = Assert.ThrowsAsync<MessageRejectedException>(() => client.SendRawEmailAsync(new SendRawEmailRequest { RawMessage = new RawMessage { Data = new MemoryStream([0x41]) } }));

        Assert.That(error!.RequestId, Is.EqualTo("8addd562-1ad8-42cc-b23a-9715e713ebb2"));
    }

    [Test]
    public void SendEmailAsync_MessageRejected_IsAnAmazonSimpleEmailServiceException()
    {
        var handler = new FakeSesHandler().AnswerFixture("Error.MessageRejected.xml", HttpStatusCode.BadRequest);
        using var client = WireClient.Create(handler);

        Assert.That(() => client.SendEmailAsync(SendEmailWireTests.MinimalRequest()), Throws.InstanceOf<AmazonSimpleEmailServiceException>().And.InstanceOf<AmazonServiceException>());
    }

    [Test]
    public void SendEmailAsync_MailFromDomainNotVerified_ThrowsMailFromDomainNotVerifiedException()
    {
        var handler = new FakeSesHandler().AnswerFixture("Error.MailFromDomainNotVerified.xml", HttpStatusCode.BadRequest);
        using var client = WireClient.Create(handler);

        var error = Assert.ThrowsAsync<MailFromDomainNotVerifiedException>(() => client.SendEmailAsync(SendEmailWireTests.MinimalRequest()));

        Assert.That(error!.ErrorCode, Is.EqualTo("MailFromDomainNotVerifiedException"));
    }

    [TestCase("Error.Throttling.SendingRate.xml", HttpStatusCode.BadRequest, "Throttling", ErrorType.Sender, "aba5d8bd-2c80-462b-9444-3c5bb01d0882", "Maximum sending rate exceeded.")]
    [TestCase("Error.Throttling.DailyQuota.xml", HttpStatusCode.BadRequest, "Throttling", ErrorType.Sender, "73d023b7-2238-4534-b696-b4f20becb151", "Daily message quota exceeded.")]
    [TestCase("Error.InvalidClientTokenId.xml", HttpStatusCode.Forbidden, "InvalidClientTokenId", ErrorType.Sender, "01c62c17-b51a-4ce0-bf29-37e13853a6cf", "The security token included in the request is invalid.")]
    [TestCase("Error.SignatureDoesNotMatch.xml", HttpStatusCode.Forbidden, "SignatureDoesNotMatch", ErrorType.Sender, "105de064-e47f-4953-944c-d931451f62c2", "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.")]
    [TestCase("Error.InternalFailure.xml", HttpStatusCode.InternalServerError, "InternalFailure", ErrorType.Receiver, "f6f3abbc-39d8-455d-93bc-e4c787bb340a", "The request processing has failed because of an unknown error, exception or failure.")]
    [TestCase("Error.AccessDenied.xml", HttpStatusCode.Forbidden, "AccessDenied", ErrorType.Sender, "bc210e9f-8f2c-4724-b117-f6e846c48aaa", "User: arn:aws:iam::123456789012:user/ses-sender is not authorized to perform: ses:SendEmail on resource: arn:aws:ses:us-east-1:123456789012:identity/sender@example.com")]
    [TestCase("Error.InvalidParameterValue.xml", HttpStatusCode.BadRequest, "InvalidParameterValue", ErrorType.Sender, "46476d2c-6ba0-41e6-be28-c1fd88216e90", "Missing final '@domain'")]
    public void SendEmailAsync_ErrorAnswer_ThrowsAmazonSimpleEmailServiceExceptionWithEveryField(
        string fixture, HttpStatusCode status, string code, ErrorType type, string requestId, string message)
    {
        var handler = new FakeSesHandler().AnswerFixture(fixture, status);
        using var client = WireClient.Create(handler, c => c.MaxErrorRetry = 0);

        var error = Assert.ThrowsAsync<AmazonSimpleEmailServiceException>(() => client.SendEmailAsync(SendEmailWireTests.MinimalRequest()));

        Assert.Multiple(() =>
        {
            Assert.That(error!.ErrorCode, Is.EqualTo(code));
            Assert.That(error.ErrorType, Is.EqualTo(type));
            Assert.That(error.RequestId, Is.EqualTo(requestId));
            Assert.That(error.StatusCode, Is.EqualTo(status));
            Assert.That(error.Message, Is.EqualTo(message));
        });
    }

    [TestCase("Error.Throttling.SendingRate.xml", HttpStatusCode.BadRequest, "Throttling")]
    [TestCase("Error.InvalidClientTokenId.xml", HttpStatusCode.Forbidden, "InvalidClientTokenId")]
    [TestCase("Error.InternalFailure.xml", HttpStatusCode.InternalServerError, "InternalFailure")]
    public void GetSendQuotaAsync_ErrorAnswer_ThrowsAmazonSimpleEmailServiceException(string fixture, HttpStatusCode status, string code)
    {
        var handler = new FakeSesHandler().AnswerFixture(fixture, status);
        using var client = WireClient.Create(handler, c => c.MaxErrorRetry = 0);

        var error = Assert.ThrowsAsync<AmazonSimpleEmailServiceException>(() => client.GetSendQuotaAsync(new GetSendQuotaRequest()));

        Assert.Multiple(() =>
        {
            Assert.That(error!.ErrorCode, Is.EqualTo(code));
            Assert.That(error.StatusCode, Is.EqualTo(status));
        });
    }

    [Test]
    public void SendEmailAsync_RequestIdHeaderOnErrorAnswer_OverridesTheBodysRequestId()
    {
        var handler = new FakeSesHandler().Enqueue(SesAnswer.FixtureWithRequestIdHeader("Error.MessageRejected.xml", HttpStatusCode.BadRequest, "11111111-2222-4333-8444-555555555555"));
        using var client = WireClient.Create(handler);

        var error = Assert.ThrowsAsync<MessageRejectedException>(() => client.SendEmailAsync(SendEmailWireTests.MinimalRequest()));

        Assert.That(error!.RequestId, Is.EqualTo("11111111-2222-4333-8444-555555555555"));
    }

    [Test]
    public async Task SendEmailAsync_RequestIdHeaderOnSuccessAnswer_OverridesTheBodysRequestId()
    {
        var handler = new FakeSesHandler().Enqueue(SesAnswer.FixtureWithRequestIdHeader("SendEmail.xml", HttpStatusCode.OK, "11111111-2222-4333-8444-555555555555"));
        using var client = WireClient.Create(handler);

        var response = await client.SendEmailAsync(SendEmailWireTests.MinimalRequest());

        Assert.That(response.ResponseMetadata.RequestId, Is.EqualTo("11111111-2222-4333-8444-555555555555"));
    }

    [Test]
    public void SendEmailAsync_HtmlBadGatewayAnswer_ThrowsHttp502WithoutEchoingTheBody()
    {
        const string Html = "<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1><p>upstream proxy-node-7 said no</p></body></html>";
        var handler = new FakeSesHandler().Enqueue(SesAnswer.Of(Html, HttpStatusCode.BadGateway, "text/html"));
        using var client = WireClient.Create(handler);

        var error = Assert.ThrowsAsync<AmazonSimpleEmailServiceException>(() => client.SendEmailAsync(SendEmailWireTests.MinimalRequest()));

        Assert.Multiple(() =>
        {
            Assert.That(error!.ErrorCode, Is.EqualTo("Http502"));
            Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
            Assert.That(error.ErrorType, Is.EqualTo(ErrorType.Receiver));
            Assert.That(error.RequestId, Is.Null);
            Assert.That(error.Message, Does.Contain("502"));
            Assert.That(error.Message, Does.Not.Contain("proxy-node-7").And.Not.Contain("<html"));
        });
    }

    [Test]
    public void SendEmailAsync_EmptyInternalServerErrorAnswer_ThrowsHttp500()
    {
        var handler = new FakeSesHandler().Enqueue(SesAnswer.Of(string.Empty, HttpStatusCode.InternalServerError));
        using var client = WireClient.Create(handler);

        var error = Assert.ThrowsAsync<AmazonSimpleEmailServiceException>(() => client.SendEmailAsync(SendEmailWireTests.MinimalRequest()));

        Assert.Multiple(() =>
        {
            Assert.That(error!.ErrorCode, Is.EqualTo("Http500"));
            Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
            Assert.That(error.ErrorType, Is.EqualTo(ErrorType.Receiver));
        });
    }

    [Test]
    public void SendEmailAsync_NonXmlBadRequestWithRequestIdHeader_ThrowsHttp400CarryingTheHeaderRequestId()
    {
        var handler = new FakeSesHandler().Enqueue(SesAnswer.Of("Bad request: secret-internal-detail", HttpStatusCode.BadRequest, "text/plain", ("x-amzn-RequestId", "99999999-8888-4777-8666-555555555555")));
        using var client = WireClient.Create(handler);

        var error = Assert.ThrowsAsync<AmazonSimpleEmailServiceException>(() => client.SendEmailAsync(SendEmailWireTests.MinimalRequest()));

        Assert.Multiple(() =>
        {
            Assert.That(error!.ErrorCode, Is.EqualTo("Http400"));
            Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(error.RequestId, Is.EqualTo("99999999-8888-4777-8666-555555555555"));
            Assert.That(error.Message, Does.Not.Contain("secret-internal-detail"));
        });
    }

    [Test]
    public void SendEmailAsync_XmlErrorThatIsNotAnSesErrorDocument_ThrowsHttpStatusCode()
    {
        var handler = new FakeSesHandler().Enqueue(SesAnswer.Of("<Oops><Reason>maintenance</Reason></Oops>", HttpStatusCode.ServiceUnavailable));
        using var client = WireClient.Create(handler);

        var error = Assert.ThrowsAsync<AmazonSimpleEmailServiceException>(() => client.SendEmailAsync(SendEmailWireTests.MinimalRequest()));

        Assert.Multiple(() =>
        {
            Assert.That(error!.ErrorCode, Is.EqualTo("Http503"));
            Assert.That(error.Message, Does.Not.Contain("maintenance"));
        });
    }

    [Test]
    public void SendEmailAsync_ErrorAnswerWithDtd_ThrowsHttpStatusCodeWithoutExpandingEntities()
    {
        const string Xml = """
            <?xml version="1.0"?>
            <!DOCTYPE ErrorResponse [<!ENTITY e "ENTITY-WAS-EXPANDED">]>
            <ErrorResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/">
              <Error><Type>Sender</Type><Code>MessageRejected</Code><Message>&e;</Message></Error>
              <RequestId>8addd562-1ad8-42cc-b23a-9715e713ebb2</RequestId>
            </ErrorResponse>
            """;
        var handler = new FakeSesHandler().Enqueue(SesAnswer.Of(Xml, HttpStatusCode.BadRequest));
        using var client = WireClient.Create(handler);

        var error = Assert.ThrowsAsync<AmazonSimpleEmailServiceException>(() => client.SendEmailAsync(SendEmailWireTests.MinimalRequest()));

        Assert.Multiple(() =>
        {
            Assert.That(error!.ErrorCode, Is.EqualTo("Http400"));
            Assert.That(error.Message, Does.Not.Contain("ENTITY-WAS-EXPANDED"));
        });
    }
}
