using Amazon.Runtime;
using Ses.Wrapper.SimpleEmail;
using Ses.Wrapper.SimpleEmail.Model;
using Ses.Wrapper.Tests.TestSupport;

namespace Ses.Wrapper.Tests.SimpleEmailWire;

/// <summary>The SigV4 Authorization header: scheme, access key id, credential scope, session token.</summary>
[TestFixture]
public sealed class SigningWireTests
{
    private const string SignatureShape = @", SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}$";

    [Test]
    public async Task GetSendQuotaAsync_RegionUsWest2_SignsWithSigV4ForSesInUsWest2()
    {
        var handler = new FakeSesHandler().AnswerFixture("GetSendQuota.xml");
        using var client = WireClient.Create(handler);

        await client.GetSendQuotaAsync(new GetSendQuotaRequest());

        Assert.That(
            handler.Requests.Single().Authorization,
            Does.Match(@"^AWS4-HMAC-SHA256 Credential=" + WireClient.AccessKeyId + @"/\d{8}/us-west-2/ses/aws4_request" + SignatureShape));
    }

    [Test]
    public async Task SendEmailAsync_RegionUsWest2_SignsWithSigV4ForSesInUsWest2()
    {
        var handler = new FakeSesHandler().AnswerFixture("SendEmail.xml");
        using var client = WireClient.Create(handler);

        await client.SendEmailAsync(SendEmailWireTests.MinimalRequest());

        Assert.That(handler.Requests.Single().Authorization, Does.Contain("Credential=" + WireClient.AccessKeyId + "/").And.Contain("/us-west-2/ses/aws4_request"));
    }

    [Test]
    public async Task GetSendQuotaAsync_Always_SignsHostAndDateHeaders()
    {
        var handler = new FakeSesHandler().AnswerFixture("GetSendQuota.xml");
        using var client = WireClient.Create(handler);

        await client.GetSendQuotaAsync(new GetSendQuotaRequest());

        var request = handler.Requests.Single();
        var signedHeaders = SignedHeaders(request.Authorization);
        Assert.Multiple(() =>
        {
            Assert.That(signedHeaders, Does.Contain("host").And.Contain("x-amz-date"));
            Assert.That(request.Headers["X-Amz-Date"], Does.Match(@"^\d{8}T\d{6}Z$"));
            Assert.That(request.Authorization, Does.Contain("/" + request.Headers["X-Amz-Date"][..8] + "/"));
        });
    }

    [Test]
    public async Task GetSendQuotaAsync_ServiceUrlOnLoopbackWithoutRegion_SignsForUsEast1()
    {
        var handler = new FakeSesHandler().AnswerFixture("GetSendQuota.xml");
        using var client = WireClient.Create(handler, c => c.ServiceURL = "http://127.0.0.1:4579");

        await client.GetSendQuotaAsync(new GetSendQuotaRequest());

        Assert.That(handler.Requests.Single().Authorization, Does.Contain("/us-east-1/ses/aws4_request,"));
    }

    [Test]
    public async Task GetSendQuotaAsync_ServiceUrlWithAuthenticationRegion_SignsForThatRegion()
    {
        var handler = new FakeSesHandler().AnswerFixture("GetSendQuota.xml");
        using var client = WireClient.Create(handler, c =>
        {
            c.ServiceURL = "http://127.0.0.1:4579";
            c.AuthenticationRegion = "eu-central-1";
        });

        await client.GetSendQuotaAsync(new GetSendQuotaRequest());

        Assert.That(handler.Requests.Single().Authorization, Does.Contain("/eu-central-1/ses/aws4_request,"));
    }

    [Test]
    public async Task GetSendQuotaAsync_SessionCredentials_SendsSecurityTokenHeaderAndSignsIt()
    {
        const string SessionToken = "FwoGZXIvYXdzEXAMPLESESSIONTOKEN//+==";
        var handler = new FakeSesHandler().AnswerFixture("GetSendQuota.xml");
        var config = new AmazonSimpleEmailServiceConfig { RegionEndpoint = Amazon.RegionEndpoint.USWest2, HttpClientFactory = new FakeSesHttpClientFactory(handler) };
        using var client = new AmazonSimpleEmailServiceClient(new SessionAWSCredentials("ASIAEXAMPLETEMPKEY01", WireClient.SecretKey, SessionToken), config);

        await client.GetSendQuotaAsync(new GetSendQuotaRequest());

        var request = handler.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(request.Headers["X-Amz-Security-Token"], Is.EqualTo(SessionToken));
            Assert.That(request.Authorization, Does.StartWith("AWS4-HMAC-SHA256 Credential=ASIAEXAMPLETEMPKEY01/"));
            Assert.That(SignedHeaders(request.Authorization), Does.Contain("x-amz-security-token"));
        });
    }

    [Test]
    public async Task GetSendQuotaAsync_BasicCredentials_SendsNoSecurityTokenHeader()
    {
        var handler = new FakeSesHandler().AnswerFixture("GetSendQuota.xml");
        using var client = WireClient.Create(handler);

        await client.GetSendQuotaAsync(new GetSendQuotaRequest());

        Assert.That(handler.Requests.Single().Headers.Keys, Has.None.EqualTo("X-Amz-Security-Token").IgnoreCase);
    }

    [Test]
    public async Task SendEmailAsync_Always_NeverSendsTheSecretKey()
    {
        var handler = new FakeSesHandler().AnswerFixture("SendEmail.xml");
        using var client = WireClient.Create(handler);

        await client.SendEmailAsync(SendEmailWireTests.MinimalRequest());

        var request = handler.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(request.Headers.Values, Has.None.Contains(WireClient.SecretKey));
            Assert.That(request.Body, Does.Not.Contain(WireClient.SecretKey).And.Not.Contain(Uri.EscapeDataString(WireClient.SecretKey)));
        });
    }

    [Test]
    public async Task GetSendQuotaAsync_TwoAttempts_SignsEachAttempt()
    {
        var handler = new FakeSesHandler().AnswerFixture("Error.InternalFailure.xml", System.Net.HttpStatusCode.InternalServerError).AnswerFixture("GetSendQuota.xml");
        using var client = WireClient.Create(handler, c => c.MaxErrorRetry = 1);

        await client.GetSendQuotaAsync(new GetSendQuotaRequest());

        Assert.That(handler.Requests.Select(r => r.Authorization), Has.All.Match(@"^AWS4-HMAC-SHA256 Credential=" + WireClient.AccessKeyId + @"/\d{8}/us-west-2/ses/aws4_request" + SignatureShape));
    }

    private static string[] SignedHeaders(string authorization)
    {
        var start = authorization.IndexOf("SignedHeaders=", StringComparison.Ordinal) + "SignedHeaders=".Length;
        var end = authorization.IndexOf(',', start);
        return authorization[start..end].Split(';');
    }
}
