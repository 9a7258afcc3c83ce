using Amazon;
using Ses.Wrapper.SimpleEmail.Model;
using Ses.Wrapper.Tests.TestSupport;

namespace Ses.Wrapper.Tests.SimpleEmailWire;

/// <summary>Where requests go: the regional endpoint, a ServiceURL override, FIPS.</summary>
[TestFixture]
public sealed class EndpointWireTests
{
    [TestCase("us-east-1")]
    [TestCase("us-west-2")]
    [TestCase("eu-west-1")]
    [TestCase("eu-central-1")]
    [TestCase("ap-southeast-2")]
    public async Task GetSendQuotaAsync_Region_PostsToEmailRegionAmazonawsCom(string region)
    {
        var handler = new FakeSesHandler().AnswerFixture("GetSendQuota.xml");
        using var client = WireClient.Create(handler, c => c.RegionEndpoint = RegionEndpoint.GetBySystemName(region));

        await client.GetSendQuotaAsync(new GetSendQuotaRequest());

        var request = handler.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(request.Uri.AbsoluteUri, Is.EqualTo($"https://email.{region}.amazonaws.com/"));
            Assert.That(request.Authorization, Does.Contain($"/{region}/ses/aws4_request,"));
        });
    }

    [Test]
    public async Task SendEmailAsync_ServiceUrl_PostsToThatUrl()
    {
        var handler = new FakeSesHandler().AnswerFixture("SendEmail.xml");
        using var client = WireClient.Create(handler, c => c.ServiceURL = "http://127.0.0.1:4579");

        await client.SendEmailAsync(SendEmailWireTests.MinimalRequest());

        var request = handler.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(request.Uri.AbsoluteUri, Is.EqualTo("http://127.0.0.1:4579/"));
            Assert.That(request.Headers["Host"], Is.EqualTo("127.0.0.1:4579"));
        });
    }

    [Test]
    public async Task GetSendQuotaAsync_HttpsServiceUrl_PostsToThatHost()
    {
        var handler = new FakeSesHandler().AnswerFixture("GetSendQuota.xml");
        using var client = WireClient.Create(handler, c => c.ServiceURL = "https://ses-proxy.example.internal/");

        await client.GetSendQuotaAsync(new GetSendQuotaRequest());

        Assert.That(handler.Requests.Single().Uri.AbsoluteUri, Is.EqualTo("https://ses-proxy.example.internal/"));
    }

    [Test]
    public async Task GetSendQuotaAsync_UseFipsEndpoint_PostsToEmailFipsHost()
    {
        var handler = new FakeSesHandler().AnswerFixture("GetSendQuota.xml");
        using var client = WireClient.Create(handler, c => c.UseFIPSEndpoint = true);

        await client.GetSendQuotaAsync(new GetSendQuotaRequest());

        var request = handler.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(request.Uri.AbsoluteUri, Is.EqualTo("https://email-fips.us-west-2.amazonaws.com/"));
            Assert.That(request.Authorization, Does.Contain("/us-west-2/ses/aws4_request,"));
        });
    }

    [Test]
    public async Task GetSendQuotaAsync_ServiceUrlAndFips_ServiceUrlWins()
    {
        var handler = new FakeSesHandler().AnswerFixture("GetSendQuota.xml");
        using var client = WireClient.Create(handler, c =>
        {
            c.ServiceURL = "http://127.0.0.1:4579";
            c.UseFIPSEndpoint = true;
        });

        await client.GetSendQuotaAsync(new GetSendQuotaRequest());

        Assert.That(handler.Requests.Single().Uri.AbsoluteUri, Is.EqualTo("http://127.0.0.1:4579/"));
    }
}
