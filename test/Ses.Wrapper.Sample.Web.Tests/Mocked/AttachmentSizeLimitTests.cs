using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Ses.Wrapper.Sample.Web.Tests.TestSupport;

namespace Ses.Wrapper.Sample.Web.Tests.Mocked;

/// <summary>
/// The real <see cref="ISesService"/> (over a strict mock of the SES API client with no setups) with Ses:MaxRawMessageSize
/// lowered to 8,192 bytes: a mail over the limit is answered 413 with its sizes, and nothing reaches SES.
/// </summary>
[TestFixture]
public sealed class AttachmentSizeLimitTests
{
    private const long Limit = 8192;

    private MockedClientFactory factory = null!;
    private WebApplicationFactory<Program> limited = null!;
    private HttpClient client = null!;

    [OneTimeSetUp]
    public void StartApp()
    {
        factory = new MockedClientFactory();
        limited = factory.WithWebHostBuilder(b => b.UseSetting("Ses:MaxRawMessageSize", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        client = limited.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopAppAsync()
    {
        client.Dispose();
        await limited.DisposeAsync();
        await factory.DisposeAsync();
    }

    [TearDown]
    public void NoRequestReachedSes() => Assert.That(factory.Client.Invocations, Is.Empty);

    [Test]
    public async Task PostMail_AttachmentOverLimit_Returns413WithSizesBeforeAnyRequest()
    {
        using var response = await client.PostAsJsonAsync("/mail", new
        {
            source = "s@example.com",
            to = new[] { "a@example.com" },
            subject = "s",
            textBody = "t",
            attachments = new[] { new { fileName = "big.bin", contentBase64 = Convert.ToBase64String(new byte[8000]) } },
        });

        await AssertTooLargeAsync(response);
    }

    [Test]
    public async Task PostMultipart_FileOverLimit_Returns413WithSizesBeforeAnyRequest()
    {
        using var form = Multipart.Form(("source", "s@example.com"), ("to", "a@example.com"), ("subject", "s"), ("textBody", "t"))
            .AddFile(new byte[8000], "big.bin");

        using var response = await client.PostAsync("/mail/multipart", form);

        await AssertTooLargeAsync(response);
    }

    [Test]
    public async Task PostMail_RepeatedContentId_Returns400NamingTheSecondAttachment()
    {
        using var response = await client.PostAsJsonAsync("/mail", new
        {
            source = "s@example.com",
            to = new[] { "a@example.com" },
            subject = "s",
            htmlBody = "<img src=\"cid:logo\">",
            attachments = new[]
            {
                new { fileName = "a.png", contentBase64 = "b2s=", contentId = "logo" },
                new { fileName = "b.png", contentBase64 = "b2s=", contentId = "logo" },
            },
        });

        var problem = await Problem.ReadAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(Problem.ErrorFields(problem), Is.EqualTo(new[] { "attachments[1]" }));
        });
    }

    private static async Task AssertTooLargeAsync(HttpResponseMessage response)
    {
        var problem = await Problem.ReadAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        var size = problem.GetProperty("size").GetInt64();
        var messageSize = problem.GetProperty("messageSize").GetInt64();
        Assert.Multiple(() =>
        {
            Assert.That(problem.GetProperty("limit").GetInt64(), Is.EqualTo(Limit));
            Assert.That(messageSize, Is.GreaterThan(8000 * 4 / 3));
            Assert.That(size, Is.EqualTo((messageSize + 2) / 3 * 4));
            Assert.That(size, Is.GreaterThan(Limit));
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain($"but the limit is {Limit:N0} bytes").And.Contain($"{size:N0} bytes as SES counts them"));
        });
    }
}
