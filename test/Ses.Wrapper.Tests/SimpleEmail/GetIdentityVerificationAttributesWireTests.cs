using Ses.Wrapper.SimpleEmail.Model;
using Ses.Wrapper.Tests.TestSupport;

namespace Ses.Wrapper.Tests.SimpleEmailWire;

/// <summary>GetIdentityVerificationAttributes on the wire.</summary>
[TestFixture]
public sealed class GetIdentityVerificationAttributesWireTests
{
    [Test]
    public async Task GetIdentityVerificationAttributesAsync_SeveralIdentities_SendsThemAsMemberList()
    {
        var handler = new FakeSesHandler().AnswerFixture("GetIdentityVerificationAttributes.xml");
        using var client = WireClient.Create(handler);

        await client.GetIdentityVerificationAttributesAsync(new GetIdentityVerificationAttributesRequest
        {
            Identities = ["sender@example.com", "pending@example.org", "example.com", "bücher.example"],
        });

        Assert.That(handler.Requests.Single().Form, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["Action"] = "GetIdentityVerificationAttributes",
            ["Version"] = "2010-12-01",
            ["Identities.member.1"] = "sender@example.com",
            ["Identities.member.2"] = "pending@example.org",
            ["Identities.member.3"] = "example.com",
            ["Identities.member.4"] = "bücher.example",
        }));
    }

    [Test]
    public async Task GetIdentityVerificationAttributesAsync_SuccessAnswer_ReadsEveryEntry()
    {
        var handler = new FakeSesHandler().AnswerFixture("GetIdentityVerificationAttributes.xml");
        using var client = WireClient.Create(handler);

        var response = await client.GetIdentityVerificationAttributesAsync(new GetIdentityVerificationAttributesRequest
        {
            Identities = ["sender@example.com", "pending@example.org", "example.com"],
        });

        var read = response.VerificationAttributes.ToDictionary(e => e.Key, e => (e.Value.VerificationStatus?.Value, e.Value.VerificationToken));
        Assert.That(read, Is.EquivalentTo(new Dictionary<string, (string?, string?)>
        {
            ["sender@example.com"] = ("Success", null),
            ["pending@example.org"] = ("Pending", null),
            ["example.com"] = ("Success", "c62VXRZ2eVEfCMhm/gTJq9vjwkxK3cGE7RJK5Sh6Uzs="),
        }));
    }

    [Test]
    public async Task GetIdentityVerificationAttributesAsync_SuccessAnswer_StatusesAreTheKnownConstants()
    {
        var handler = new FakeSesHandler().AnswerFixture("GetIdentityVerificationAttributes.xml");
        using var client = WireClient.Create(handler);

        var response = await client.GetIdentityVerificationAttributesAsync(new GetIdentityVerificationAttributesRequest { Identities = ["sender@example.com"] });

        Assert.Multiple(() =>
        {
            Assert.That(response.VerificationAttributes["sender@example.com"].VerificationStatus, Is.EqualTo(VerificationStatus.Success));
            Assert.That(response.VerificationAttributes["pending@example.org"].VerificationStatus, Is.EqualTo(VerificationStatus.Pending));
        });
    }

    [Test]
    public async Task GetIdentityVerificationAttributesAsync_SuccessAnswer_ReadsRequestId()
    {
        var handler = new FakeSesHandler().AnswerFixture("GetIdentityVerificationAttributes.xml");
        using var client = WireClient.Create(handler);

        var response = await client.GetIdentityVerificationAttributesAsync(new GetIdentityVerificationAttributesRequest { Identities = ["sender@example.com"] });

        Assert.That(response.ResponseMetadata.RequestId, Is.EqualTo("5239f5c6-db1b-409a-8f7f-f451c44af2d3"));
    }
}
