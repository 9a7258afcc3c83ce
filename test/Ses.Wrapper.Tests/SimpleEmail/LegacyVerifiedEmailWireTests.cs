using Ses.Wrapper.SimpleEmail.Model;
using Ses.Wrapper.Tests.TestSupport;

namespace Ses.Wrapper.Tests.SimpleEmailWire;

/// <summary>
/// The deprecated calls ses.py used — ListVerifiedEmailAddresses, VerifyEmailAddress, DeleteVerifiedEmailAddress —
/// on the wire (the last two answer with no Result element at all).
/// </summary>
[TestFixture]
public sealed class LegacyVerifiedEmailWireTests
{
    [Test]
    public async Task ListVerifiedEmailAddressesAsync_Always_SendsActionAndVersionOnly()
    {
        var handler = new FakeSesHandler().AnswerFixture("ListVerifiedEmailAddresses.xml");
        using var client = WireClient.Create(handler);

        await client.ListVerifiedEmailAddressesAsync(new ListVerifiedEmailAddressesRequest());

        Assert.That(handler.Requests.Single().Form, Is.EquivalentTo(new Dictionary<string, string> { ["Action"] = "ListVerifiedEmailAddresses", ["Version"] = "2010-12-01" }));
    }

    [Test]
    public async Task ListVerifiedEmailAddressesAsync_SuccessAnswer_ReadsAddressesAndRequestId()
    {
        var handler = new FakeSesHandler().AnswerFixture("ListVerifiedEmailAddresses.xml");
        using var client = WireClient.Create(handler);

        var response = await client.ListVerifiedEmailAddressesAsync(new ListVerifiedEmailAddressesRequest());

        Assert.Multiple(() =>
        {
            Assert.That(response.VerifiedEmailAddresses, Is.EqualTo(new[] { "sender@example.com", "alerts@example.org" }));
            Assert.That(response.ResponseMetadata.RequestId, Is.EqualTo("a48d4065-2e25-41f6-b9f6-78ab6693a10c"));
        });
    }

    [Test]
    public async Task VerifyEmailAddressAsync_Address_SendsEmailAddressParameter()
    {
        var handler = new FakeSesHandler().AnswerFixture("VerifyEmailAddress.xml");
        using var client = WireClient.Create(handler);

        await client.VerifyEmailAddressAsync(new VerifyEmailAddressRequest { EmailAddress = "jörg@example.com" });

        Assert.That(handler.Requests.Single().Form, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["Action"] = "VerifyEmailAddress",
            ["Version"] = "2010-12-01",
            ["EmailAddress"] = "jörg@example.com",
        }));
    }

    [Test]
    public async Task VerifyEmailAddressAsync_AnswerWithoutResultElement_ReadsRequestId()
    {
        var handler = new FakeSesHandler().AnswerFixture("VerifyEmailAddress.xml");
        using var client = WireClient.Create(handler);

        var response = await client.VerifyEmailAddressAsync(new VerifyEmailAddressRequest { EmailAddress = "new@example.com" });

        Assert.That(response.ResponseMetadata.RequestId, Is.EqualTo("bf8bebcd-70d5-4c46-a8be-b777452eb611"));
    }

    [Test]
    public async Task DeleteVerifiedEmailAddressAsync_Address_SendsEmailAddressParameter()
    {
        var handler = new FakeSesHandler().AnswerFixture("DeleteVerifiedEmailAddress.xml");
        using var client = WireClient.Create(handler);

        await client.DeleteVerifiedEmailAddressAsync(new DeleteVerifiedEmailAddressRequest { EmailAddress = "old%40@example.com" });

        Assert.That(handler.Requests.Single().Form, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["Action"] = "DeleteVerifiedEmailAddress",
            ["Version"] = "2010-12-01",
            ["EmailAddress"] = "old%40@example.com",
        }));
    }

    [Test]
    public async Task DeleteVerifiedEmailAddressAsync_AnswerWithoutResultElement_ReadsRequestId()
    {
        var handler = new FakeSesHandler().AnswerFixture("DeleteVerifiedEmailAddress.xml");
        using var client = WireClient.Create(handler);

        var response = await client.DeleteVerifiedEmailAddressAsync(new DeleteVerifiedEmailAddressRequest { EmailAddress = "old@example.com" });

        Assert.That(response.ResponseMetadata.RequestId, Is.EqualTo("7838e469-4eb5-4616-b727-d1a568feda13"));
    }
}
