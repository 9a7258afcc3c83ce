using Ses.Wrapper.SimpleEmail.Model;
using Ses.Wrapper.Tests.TestSupport;

namespace Ses.Wrapper.Tests.SimpleEmailWire;

/// <summary>VerifyEmailIdentity and DeleteIdentity on the wire (empty Result elements).</summary>
[TestFixture]
public sealed class IdentityWireTests
{
    [Test]
    public async Task VerifyEmailIdentityAsync_Address_SendsEmailAddressParameter()
    {
        var handler = new FakeSesHandler().AnswerFixture("VerifyEmailIdentity.xml");
        using var client = WireClient.Create(handler);

        await client.VerifyEmailIdentityAsync(new VerifyEmailIdentityRequest { EmailAddress = "new+tag@example.com" });

        Assert.That(handler.Requests.Single().Form, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["Action"] = "VerifyEmailIdentity",
            ["Version"] = "2010-12-01",
            ["EmailAddress"] = "new+tag@example.com",
        }));
    }

    [Test]
    public async Task VerifyEmailIdentityAsync_EmptyResult_ReadsRequestId()
    {
        var handler = new FakeSesHandler().AnswerFixture("VerifyEmailIdentity.xml");
        using var client = WireClient.Create(handler);

        var response = await client.VerifyEmailIdentityAsync(new VerifyEmailIdentityRequest { EmailAddress = "new@example.com" });

        Assert.That(response.ResponseMetadata.RequestId, Is.EqualTo("fa3d0188-bbf0-4d48-bb68-d9278ddd967e"));
    }

    [Test]
    public async Task DeleteIdentityAsync_Identity_SendsIdentityParameter()
    {
        var handler = new FakeSesHandler().AnswerFixture("DeleteIdentity.xml");
        using var client = WireClient.Create(handler);

        await client.DeleteIdentityAsync(new DeleteIdentityRequest { Identity = "old&gone@example.com" });

        Assert.That(handler.Requests.Single().Form, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["Action"] = "DeleteIdentity",
            ["Version"] = "2010-12-01",
            ["Identity"] = "old&gone@example.com",
        }));
    }

    [Test]
    public async Task DeleteIdentityAsync_EmptyResult_ReadsRequestId()
    {
        var handler = new FakeSesHandler().AnswerFixture("DeleteIdentity.xml");
        using var client = WireClient.Create(handler);

        var response = await client.DeleteIdentityAsync(new DeleteIdentityRequest { Identity = "example.com" });

        Assert.That(response.ResponseMetadata.RequestId, Is.EqualTo("9ab5aba7-3bf6-4630-9acc-5ff12d584f52"));
    }
}
