using Ses.Wrapper.SimpleEmail.Model;
using Ses.Wrapper.Tests.TestSupport;

namespace Ses.Wrapper.Tests.SimpleEmailWire;

/// <summary>ListIdentities on the wire: IdentityType, MaxItems and NextToken, and both pages of answers.</summary>
[TestFixture]
public sealed class ListIdentitiesWireTests
{
    private const string Token = "AAEAAatK9pHyl2Xe1k6b0Wf6Zp1vQm7ZQ1cJtS3yNq0rV2c4bWd8eZk=";

    [Test]
    public async Task ListIdentitiesAsync_AllMembersSet_SendsExactlyTheseFormParameters()
    {
        var handler = new FakeSesHandler().AnswerFixture("ListIdentities.xml");
        using var client = WireClient.Create(handler);

        await client.ListIdentitiesAsync(new ListIdentitiesRequest { IdentityType = IdentityType.EmailAddress, MaxItems = 100, NextToken = "tok+en/with=" });

        Assert.That(handler.Requests.Single().Form, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["Action"] = "ListIdentities",
            ["Version"] = "2010-12-01",
            ["IdentityType"] = "EmailAddress",
            ["MaxItems"] = "100",
            ["NextToken"] = "tok+en/with=",
        }));
    }

    [Test]
    public async Task ListIdentitiesAsync_DomainType_SendsIdentityTypeDomain()
    {
        var handler = new FakeSesHandler().AnswerFixture("ListIdentities.xml");
        using var client = WireClient.Create(handler);

        await client.ListIdentitiesAsync(new ListIdentitiesRequest { IdentityType = IdentityType.Domain });

        Assert.That(handler.Requests.Single().Form["IdentityType"], Is.EqualTo("Domain"));
    }

    [Test]
    [SetCulture("ar-SA")]
    public async Task ListIdentitiesAsync_MaxItemsUnderNonLatinCulture_SendsInvariantDigits()
    {
        var handler = new FakeSesHandler().AnswerFixture("ListIdentities.xml");
        using var client = WireClient.Create(handler);

        await client.ListIdentitiesAsync(new ListIdentitiesRequest { MaxItems = 1000 });

        Assert.That(handler.Requests.Single().Form["MaxItems"], Is.EqualTo("1000"));
    }

    [Test]
    public async Task ListIdentitiesAsync_NoMembersSet_SendsActionAndVersionOnly()
    {
        var handler = new FakeSesHandler().AnswerFixture("ListIdentities.xml");
        using var client = WireClient.Create(handler);

        await client.ListIdentitiesAsync(new ListIdentitiesRequest());

        Assert.That(handler.Requests.Single().Form, Is.EquivalentTo(new Dictionary<string, string> { ["Action"] = "ListIdentities", ["Version"] = "2010-12-01" }));
    }

    [Test]
    public async Task ListIdentitiesAsync_FirstPage_ReadsIdentitiesNextTokenAndRequestId()
    {
        var handler = new FakeSesHandler().AnswerFixture("ListIdentities.xml");
        using var client = WireClient.Create(handler);

        var response = await client.ListIdentitiesAsync(new ListIdentitiesRequest());

        Assert.Multiple(() =>
        {
            Assert.That(response.Identities, Is.EqualTo(new[] { "sender@example.com", "example.com", "noreply@example.org" }));
            Assert.That(response.NextToken, Is.EqualTo(Token));
            Assert.That(response.ResponseMetadata.RequestId, Is.EqualTo("029fdcf0-2b44-4fe1-91eb-3c2e6e4e3b98"));
        });
    }

    [Test]
    public async Task ListIdentitiesAsync_LastPage_ReadsIdentitiesAndNoNextToken()
    {
        var handler = new FakeSesHandler().AnswerFixture("ListIdentities.LastPage.xml");
        using var client = WireClient.Create(handler);

        var response = await client.ListIdentitiesAsync(new ListIdentitiesRequest { NextToken = Token });

        Assert.Multiple(() =>
        {
            Assert.That(response.Identities, Is.EqualTo(new[] { "billing@example.net", "mail.example.net" }));
            Assert.That(response.NextToken, Is.Null);
            Assert.That(response.ResponseMetadata.RequestId, Is.EqualTo("3ee39e7c-c7d9-4849-aa50-a31dc1ae6d4a"));
        });
    }

    [Test]
    public async Task ListIdentitiesAsync_NextTokenFromAnswer_IsSentBackUnchanged()
    {
        var handler = new FakeSesHandler().AnswerFixture("ListIdentities.xml").AnswerFixture("ListIdentities.LastPage.xml");
        using var client = WireClient.Create(handler);

        var first = await client.ListIdentitiesAsync(new ListIdentitiesRequest());
        await client.ListIdentitiesAsync(new ListIdentitiesRequest { NextToken = first.NextToken });

        Assert.That(handler.Requests[1].Form["NextToken"], Is.EqualTo(Token));
    }
}
