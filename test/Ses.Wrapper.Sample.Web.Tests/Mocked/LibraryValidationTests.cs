using System.Net;
using System.Net.Http.Json;
using Ses.Wrapper.Sample.Web.Tests.TestSupport;

namespace Ses.Wrapper.Sample.Web.Tests.Mocked;

/// <summary>Invalid mails are refused by the library's validation with a 400 naming the JSON field, before SES is called.</summary>
[TestFixture]
public sealed class LibraryValidationTests
{
    private MockedClientFactory factory = null!;
    private HttpClient client = null!;

    [OneTimeSetUp]
    public void StartApp()
    {
        factory = new MockedClientFactory();
        client = factory.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopAppAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
    }

    [TearDown]
    public void NoRequestReachedSes() => Assert.That(factory.Client.Invocations, Is.Empty);

    [Test]
    public async Task PostMail_InvalidToAddress_Returns400NamingToIndex()
    {
        var fields = await PostAndReadErrorFieldsAsync(new { source = "s@example.com", to = new[] { "ok@example.com", "not an address" }, subject = "s", textBody = "t" });

        Assert.That(fields, Is.EqualTo(new[] { "to[1]" }));
    }

    [Test]
    public async Task PostMail_InvalidCcAddress_Returns400NamingCcIndex()
    {
        var fields = await PostAndReadErrorFieldsAsync(new { source = "s@example.com", to = new[] { "a@example.com" }, cc = new[] { "@" }, subject = "s", textBody = "t" });

        Assert.That(fields, Is.EqualTo(new[] { "cc[0]" }));
    }

    [Test]
    public async Task PostMail_NoSubject_Returns400NamingSubject()
    {
        var fields = await PostAndReadErrorFieldsAsync(new { source = "s@example.com", to = new[] { "a@example.com" }, textBody = "t" });

        Assert.That(fields, Is.EqualTo(new[] { "subject" }));
    }

    [Test]
    public async Task PostMail_SubjectWithLineBreak_Returns400NamingSubject()
    {
        var fields = await PostAndReadErrorFieldsAsync(new { source = "s@example.com", to = new[] { "a@example.com" }, subject = "a\r\nBcc: x@example.com", textBody = "t" });

        Assert.That(fields, Is.EqualTo(new[] { "subject" }));
    }

    [Test]
    public async Task PostMail_NoBody_Returns400NamingTextBody()
    {
        var fields = await PostAndReadErrorFieldsAsync(new { source = "s@example.com", to = new[] { "a@example.com" }, subject = "s" });

        Assert.That(fields, Is.EqualTo(new[] { "textBody" }));
    }

    [Test]
    public async Task PostMail_NoSourceAndNoDefaultSource_Returns400NamingSource()
    {
        var fields = await PostAndReadErrorFieldsAsync(new { to = new[] { "a@example.com" }, subject = "s", textBody = "t" });

        Assert.That(fields, Is.EqualTo(new[] { "source" }));
    }

    [Test]
    public async Task PostMail_NoRecipients_Returns400NamingTo()
    {
        var fields = await PostAndReadErrorFieldsAsync(new { source = "s@example.com", subject = "s", textBody = "t" });

        Assert.That(fields, Is.EqualTo(new[] { "to" }));
    }

    [Test]
    public async Task PostVerified_InvalidAddress_Returns400NamingEmailAddress()
    {
        using var response = await client.PostAsJsonAsync("/mail/verified", new { emailAddress = "nope" });

        var problem = await Problem.ReadAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(Problem.ErrorFields(problem), Is.EqualTo(new[] { "emailAddress" }));
        });
    }

    [Test]
    public async Task DeleteVerified_InvalidIdentity_Returns400NamingAddress()
    {
        using var response = await client.DeleteAsync("/mail/verified/not%20a%20domain");

        var problem = await Problem.ReadAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(Problem.ErrorFields(problem), Is.EqualTo(new[] { "address" }));
        });
    }

    private async Task<IReadOnlyList<string>> PostAndReadErrorFieldsAsync(object body)
    {
        using var response = await client.PostAsJsonAsync("/mail", body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        return Problem.ErrorFields(await Problem.ReadAsync(response));
    }
}
