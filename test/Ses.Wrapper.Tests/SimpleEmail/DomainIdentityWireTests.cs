using Ses.Wrapper.SimpleEmail.Model;
using Ses.Wrapper.Tests.TestSupport;

namespace Ses.Wrapper.Tests.SimpleEmailWire;

/// <summary>VerifyDomainIdentity, VerifyDomainDkim and GetIdentityDkimAttributes on the wire.</summary>
[TestFixture]
public sealed class DomainIdentityWireTests
{
    [Test]
    public async Task VerifyDomainIdentityAsync_Domain_SendsDomain()
    {
        var handler = new FakeSesHandler().AnswerFixture("VerifyDomainIdentity.xml");
        using var client = WireClient.Create(handler);

        await client.VerifyDomainIdentityAsync(new VerifyDomainIdentityRequest { Domain = "example.com" });

        Assert.That(handler.Requests.Single().Form, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["Action"] = "VerifyDomainIdentity",
            ["Version"] = "2010-12-01",
            ["Domain"] = "example.com",
        }));
    }

    [Test]
    public async Task VerifyDomainIdentityAsync_SuccessAnswer_ReturnsTokenAndRequestId()
    {
        var handler = new FakeSesHandler().AnswerFixture("VerifyDomainIdentity.xml");
        using var client = WireClient.Create(handler);

        var response = await client.VerifyDomainIdentityAsync(new VerifyDomainIdentityRequest { Domain = "example.com" });

        Assert.Multiple(() =>
        {
            Assert.That(response.VerificationToken, Is.EqualTo("Fh/12uHbExRl5HRYe5QIjrKyTbzU9xRagbp4gQIWBmw="));
            Assert.That(response.ResponseMetadata.RequestId, Is.EqualTo("7ed9f846-e583-4b48-9d72-789a4ec995ab"));
        });
    }

    [Test]
    public async Task VerifyDomainDkimAsync_Domain_SendsDomain()
    {
        var handler = new FakeSesHandler().AnswerFixture("VerifyDomainDkim.xml");
        using var client = WireClient.Create(handler);

        await client.VerifyDomainDkimAsync(new VerifyDomainDkimRequest { Domain = "example.com" });

        Assert.That(handler.Requests.Single().Form, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["Action"] = "VerifyDomainDkim",
            ["Version"] = "2010-12-01",
            ["Domain"] = "example.com",
        }));
    }

    [Test]
    public async Task VerifyDomainDkimAsync_SuccessAnswer_ReturnsTheThreeTokensInOrder()
    {
        var handler = new FakeSesHandler().AnswerFixture("VerifyDomainDkim.xml");
        using var client = WireClient.Create(handler);

        var response = await client.VerifyDomainDkimAsync(new VerifyDomainDkimRequest { Domain = "example.com" });

        Assert.Multiple(() =>
        {
            Assert.That(response.DkimTokens, Is.EqualTo(new[] { "ooac64hmd23r2xojzcb47j38f2fmjhiz", "0d8e6oyes1f92iwme5797zs3rb3ods8w", "bj7lx1wn4dhpnvefrpogjmzl2d4bfh1q" }));
            Assert.That(response.ResponseMetadata.RequestId, Is.EqualTo("51859366-02c4-4db2-b6ae-a2ccc4d59a04"));
        });
    }

    [Test]
    public async Task GetIdentityDkimAttributesAsync_TwoIdentities_SendsIdentitiesAsMembers()
    {
        var handler = new FakeSesHandler().AnswerFixture("GetIdentityDkimAttributes.xml");
        using var client = WireClient.Create(handler);

        await client.GetIdentityDkimAttributesAsync(new GetIdentityDkimAttributesRequest { Identities = ["example.com", "sender@example.com"] });

        Assert.That(handler.Requests.Single().Form, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["Action"] = "GetIdentityDkimAttributes",
            ["Version"] = "2010-12-01",
            ["Identities.member.1"] = "example.com",
            ["Identities.member.2"] = "sender@example.com",
        }));
    }

    [Test]
    public async Task GetIdentityDkimAttributesAsync_SuccessAnswer_ReturnsTheDomainsAttributes()
    {
        var handler = new FakeSesHandler().AnswerFixture("GetIdentityDkimAttributes.xml");
        using var client = WireClient.Create(handler);

        var response = await client.GetIdentityDkimAttributesAsync(new GetIdentityDkimAttributesRequest { Identities = ["example.com", "sender@example.com"] });

        var domain = response.DkimAttributes["example.com"];
        Assert.Multiple(() =>
        {
            Assert.That(domain.DkimEnabled, Is.True);
            Assert.That(domain.DkimVerificationStatus, Is.SameAs(VerificationStatus.Success));
            Assert.That(domain.DkimTokens, Is.EqualTo(new[] { "vakumhsmk9l2vc3lft88b7hsnjdhi3hj", "spczfwwhe35w07wrzzbu61n2q4fdpmtk", "rpu7waqnnowhc31x9kty8q8i2dgx9jfj" }));
            Assert.That(response.ResponseMetadata.RequestId, Is.EqualTo("15ed8160-b4b8-4d1b-8090-6c30a53737dc"));
        });
    }

    [Test]
    public async Task GetIdentityDkimAttributesAsync_SuccessAnswer_ReturnsTheAddresssAttributesWithoutTokens()
    {
        var handler = new FakeSesHandler().AnswerFixture("GetIdentityDkimAttributes.xml");
        using var client = WireClient.Create(handler);

        var response = await client.GetIdentityDkimAttributesAsync(new GetIdentityDkimAttributesRequest { Identities = ["example.com", "sender@example.com"] });

        var address = response.DkimAttributes["sender@example.com"];
        Assert.Multiple(() =>
        {
            Assert.That(response.DkimAttributes.Keys, Is.EquivalentTo(new[] { "example.com", "sender@example.com" }));
            Assert.That(address.DkimEnabled, Is.False);
            Assert.That(address.DkimVerificationStatus, Is.SameAs(VerificationStatus.NotStarted));
            Assert.That(address.DkimTokens, Is.Empty);
        });
    }
}
