using Ses.Wrapper.HardeningTests.TestSupport;

namespace Ses.Wrapper.HardeningTests.BadInput;

/// <summary>
/// Malformed mails and identities are refused by the facade with an <see cref="ArgumentException"/> naming the field,
/// and nothing reaches the (recording) SES endpoint; valid edge cases are sent.
/// </summary>
[TestFixture]
public sealed class FacadeBadInputTests
{
    private RawHttpServer server = null!;
    private SesHost host = null!;

    [OneTimeSetUp]
    public void StartEndpoint()
    {
        server = new RawHttpServer(x => x.Request.Action switch
        {
            "SendEmail" => x.RespondAsync(200, SesXml.SendEmail("msg-" + x.Number)),
            _ => x.RespondAsync(400, SesXml.Error("Sender", "InvalidAction", "Not in this test.")),
        });
        host = new SesHost(server.Url, TimeSpan.FromSeconds(5), configure: o => o.Bulk.MaxSendRate = 1000);
    }

    [OneTimeTearDown]
    public async Task StopEndpoint()
    {
        host.Dispose();
        await server.DisposeAsync();
    }

    [TestCaseSource(typeof(MailCases), nameof(MailCases.Invalid))]
    public void SendAsync_MalformedMail_IsRefusedNamingTheFieldAndSendsNothing(Func<SesMail> build, string field)
    {
        var before = server.RequestCount;

        var error = Assert.CatchAsync<ArgumentException>(() => host.Ses.SendAsync(build()));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error!.ParamName, Is.EqualTo(field));
            Assert.That(server.RequestCount, Is.EqualTo(before));
        }
    }

    [Test]
    public async Task SendManyAsync_MalformedMails_FailEachNamingTheFieldAndSendNothing()
    {
        var cases = MailCases.Invalid().Select(c => ((Func<SesMail>)c.Arguments[0]!, (string)c.Arguments[1]!)).ToList();
        var before = server.RequestCount;

        var outcomes = new List<SendOutcome>();
        await foreach (var outcome in host.Ses.SendManyAsync(cases.Select(c => c.Item1())))
        {
            outcomes.Add(outcome);
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcomes.Select(o => o.Status), Is.All.EqualTo(SendOutcomeStatus.Failed));
            Assert.That(outcomes.Select(o => (o.Error as ArgumentException)?.ParamName), Is.EqualTo(cases.Select(c => c.Item2)));
            Assert.That(server.RequestCount, Is.EqualTo(before));
        }
    }

    [TestCaseSource(typeof(MailCases), nameof(MailCases.ValidEdges))]
    public async Task SendAsync_ValidEdgeCase_IsSent(Func<SesMail> build)
    {
        var before = server.RequestCount;

        var result = await host.Ses.SendAsync(build());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.MessageId, Does.StartWith("msg-"));
            Assert.That(server.RequestCount, Is.EqualTo(before + 1));
        }
    }

    [TestCaseSource(typeof(IdentityCases), nameof(IdentityCases.BadEmailAddresses))]
    public void VerifyEmailAddressAsync_MalformedAddress_IsRefusedAndSendsNothing(string? address)
    {
        var before = server.RequestCount;

        var error = Assert.CatchAsync<ArgumentException>(() => host.Ses.VerifyEmailAddressAsync(address!));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error!.ParamName, Is.EqualTo("emailAddress"));
            Assert.That(server.RequestCount, Is.EqualTo(before));
        }
    }

    [TestCaseSource(typeof(IdentityCases), nameof(IdentityCases.BadIdentities))]
    public void DeleteIdentityAsync_MalformedIdentity_IsRefusedAndSendsNothing(string? identity)
    {
        var before = server.RequestCount;

        var error = Assert.CatchAsync<ArgumentException>(() => host.Ses.DeleteIdentityAsync(identity!));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error!.ParamName, Is.EqualTo("identity"));
            Assert.That(server.RequestCount, Is.EqualTo(before));
        }
    }

    [Test]
    public async Task SendAsync_IdnDomain_IsSentInPunycode()
    {
        var mail = MailCases.Valid();
        mail.To[0] = "jane@bücher.example";

        await host.Ses.SendAsync(mail);

        Assert.That(server.Requests[^1].Form["Destination.ToAddresses.member.1"], Is.EqualTo("jane@xn--bcher-kva.example"));
    }
}
