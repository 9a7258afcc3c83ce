using Moq;
using Ses.Wrapper.SimpleEmail.Model;

namespace Ses.Wrapper.Tests.Facade;

[TestFixture]
public sealed class SesServiceVerifiedTests
{
    private SesServiceHarness harness = null!;

    [SetUp]
    public void SetUp() => harness = new SesServiceHarness();

    [Test]
    public async Task GetVerifiedEmailAddressesAsync_OnePage_ListsEmailAddressIdentitiesOnly()
    {
        harness.AnswerListIdentities(Pages(("", ["a@example.com"], null))).AnswerVerification(_ => "Success");

        await harness.CreateService().GetVerifiedEmailAddressesAsync();

        Assert.That(harness.ListRequests.Select(r => r.IdentityType), Is.EqualTo(new[] { IdentityType.EmailAddress }));
    }

    [Test]
    public async Task GetVerifiedEmailAddressesAsync_FirstPage_SendsNoNextToken()
    {
        harness.AnswerListIdentities(Pages(("", ["a@example.com"], null))).AnswerVerification(_ => "Success");

        await harness.CreateService().GetVerifiedEmailAddressesAsync();

        Assert.That(harness.ListRequests[0].NextToken, Is.Null);
    }

    [Test]
    public async Task GetVerifiedEmailAddressesAsync_ThreePages_FollowsNextTokenToTheEnd()
    {
        harness.AnswerListIdentities(Pages(
            ("", ["a@example.com", "b@example.com"], "token-2"),
            ("token-2", ["c@example.com"], "token-3"),
            ("token-3", ["d@example.com"], null))).AnswerVerification(_ => "Success");

        var verified = await harness.CreateService().GetVerifiedEmailAddressesAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(harness.ListRequests.Select(r => r.NextToken), Is.EqualTo(new[] { null, "token-2", "token-3" }));
            Assert.That(verified, Is.EqualTo(new[] { "a@example.com", "b@example.com", "c@example.com", "d@example.com" }));
        }
    }

    [Test]
    public async Task GetVerifiedEmailAddressesAsync_EmptyStringNextToken_StopsPaging()
    {
        harness.AnswerListIdentities(Pages(("", ["a@example.com"], ""))).AnswerVerification(_ => "Success");

        await harness.CreateService().GetVerifiedEmailAddressesAsync();

        Assert.That(harness.ListRequests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task GetVerifiedEmailAddressesAsync_EveryPage_AsksForAPageSize()
    {
        harness.AnswerListIdentities(Pages(("", ["a@example.com"], "t2"), ("t2", ["b@example.com"], null))).AnswerVerification(_ => "Success");

        await harness.CreateService().GetVerifiedEmailAddressesAsync();

        Assert.That(harness.ListRequests.Select(r => r.MaxItems), Is.All.InRange(1, 1000));
    }

    [Test]
    public async Task GetVerifiedEmailAddressesAsync_250Identities_ChecksThemInBatchesOf100_100_50()
    {
        var identities = Addresses(250);
        harness.AnswerListIdentities(Pages(("", identities[..120], "t2"), ("t2", identities[120..], null))).AnswerVerification(_ => "Success");

        await harness.CreateService().GetVerifiedEmailAddressesAsync();

        Assert.That(harness.VerificationBatches.Select(b => b.Count), Is.EqualTo(new[] { 100, 100, 50 }));
    }

    [Test]
    public async Task GetVerifiedEmailAddressesAsync_250Identities_BatchesKeepListingOrder()
    {
        var identities = Addresses(250);
        harness.AnswerListIdentities(Pages(("", identities, null))).AnswerVerification(_ => "Success");

        await harness.CreateService().GetVerifiedEmailAddressesAsync();

        Assert.That(harness.VerificationBatches.SelectMany(b => b), Is.EqualTo(identities));
    }

    [Test]
    public async Task GetVerifiedEmailAddressesAsync_Exactly100Identities_MakesOneBatch()
    {
        harness.AnswerListIdentities(Pages(("", Addresses(100), null))).AnswerVerification(_ => "Success");

        await harness.CreateService().GetVerifiedEmailAddressesAsync();

        Assert.That(harness.VerificationBatches.Select(b => b.Count), Is.EqualTo(new[] { 100 }));
    }

    [Test]
    public async Task GetVerifiedEmailAddressesAsync_NoIdentities_ReturnsEmptyWithoutCheckingVerification()
    {
        harness.AnswerListIdentities(Pages(("", [], null)));

        var verified = await harness.CreateService().GetVerifiedEmailAddressesAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verified, Is.Empty);
            harness.Client.Verify(c => c.GetIdentityVerificationAttributesAsync(It.IsAny<GetIdentityVerificationAttributesRequest>(), It.IsAny<CancellationToken>()), Times.Never);
        }
    }

    [Test]
    public async Task GetVerifiedEmailAddressesAsync_MixedStatuses_KeepsOnlySuccess()
    {
        harness.AnswerListIdentities(Pages(("", ["ok1@example.com", "pending@example.com", "failed@example.com", "temp@example.com", "notstarted@example.com", "missing@example.com", "ok2@example.com"], null)))
            .AnswerVerification(identity => identity switch
            {
                "pending@example.com" => "Pending",
                "failed@example.com" => "Failed",
                "temp@example.com" => "TemporaryFailure",
                "notstarted@example.com" => "NotStarted",
                "missing@example.com" => null,
                _ => "Success",
            });

        var verified = await harness.CreateService().GetVerifiedEmailAddressesAsync();

        Assert.That(verified, Is.EqualTo(new[] { "ok1@example.com", "ok2@example.com" }));
    }

    [Test]
    public async Task GetVerifiedEmailAddressesAsync_ManyBatches_PreservesListingOrder()
    {
        var identities = Addresses(250).Reverse().ToArray();
        harness.AnswerListIdentities(Pages(("", identities, null)))
            .AnswerVerification(identity => int.Parse(identity[4..identity.IndexOf('@', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture) % 2 == 0 ? "Success" : "Pending");

        var verified = await harness.CreateService().GetVerifiedEmailAddressesAsync();

        Assert.That(verified, Is.EqualTo(identities.Where((_, i) => i % 2 == 1)));
    }

    [Test]
    public void GetVerifiedEmailAddressesAsync_RepeatedNextToken_ThrowsInvalidResponse()
    {
        harness.AnswerListIdentities(Pages(
            ("", ["a@example.com"], "token-2"),
            ("token-2", ["b@example.com"], "token-2"))).AnswerVerification(_ => "Success");

        var ex = Assert.ThrowsAsync<SesException>(() => harness.CreateService().GetVerifiedEmailAddressesAsync());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.Kind, Is.EqualTo(SesErrorKind.InvalidResponse));
            Assert.That(ex.Message, Does.Contain("token-2"));
            Assert.That(harness.ListRequests, Has.Count.EqualTo(2));
        }
    }

    [Test]
    public void GetVerifiedEmailAddressesAsync_TokenCycle_ThrowsInvalidResponse()
    {
        harness.AnswerListIdentities(Pages(
            ("", ["a@example.com"], "t1"),
            ("t1", ["b@example.com"], "t2"),
            ("t2", ["c@example.com"], "t1"))).AnswerVerification(_ => "Success");

        var ex = Assert.ThrowsAsync<SesException>(() => harness.CreateService().GetVerifiedEmailAddressesAsync());

        Assert.That(ex.Kind, Is.EqualTo(SesErrorKind.InvalidResponse));
    }

    [Test]
    public void GetVerifiedEmailAddressesAsync_RepeatedNextToken_ChecksNoVerification()
    {
        harness.AnswerListIdentities(Pages(("", ["a@example.com"], "loop"), ("loop", ["b@example.com"], "loop")));

        Assert.ThrowsAsync<SesException>(() => harness.CreateService().GetVerifiedEmailAddressesAsync());

        harness.Client.Verify(c => c.GetIdentityVerificationAttributesAsync(It.IsAny<GetIdentityVerificationAttributesRequest>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task GetVerifiedEmailAddressesAsync_CallerToken_IsPassedToEveryCall()
    {
        using var cts = new CancellationTokenSource();
        var tokens = new List<CancellationToken>();
        harness.Client.Setup(c => c.ListIdentitiesAsync(It.IsAny<ListIdentitiesRequest>(), It.IsAny<CancellationToken>()))
            .Callback<ListIdentitiesRequest, CancellationToken>((_, token) => tokens.Add(token))
            .ReturnsAsync(new ListIdentitiesResponse { Identities = ["a@example.com"] });
        harness.Client.Setup(c => c.GetIdentityVerificationAttributesAsync(It.IsAny<GetIdentityVerificationAttributesRequest>(), It.IsAny<CancellationToken>()))
            .Callback<GetIdentityVerificationAttributesRequest, CancellationToken>((_, token) => tokens.Add(token))
            .ReturnsAsync(new GetIdentityVerificationAttributesResponse());

        await harness.CreateService().GetVerifiedEmailAddressesAsync(cts.Token);

        Assert.That(tokens, Is.EqualTo(new[] { cts.Token, cts.Token }));
    }

    private static string[] Addresses(int count) => [.. Enumerable.Range(0, count).Select(i => $"user{i:D3}@example.com")];

    private static Dictionary<string, (string[] Identities, string? NextToken)> Pages(params (string Token, string[] Identities, string? NextToken)[] pages) =>
        pages.ToDictionary(p => p.Token, p => (p.Identities, p.NextToken), StringComparer.Ordinal);
}
