using Moq;
using Ses.Wrapper.SimpleEmail.Model;

namespace Ses.Wrapper.Tests.Facade;

[TestFixture]
public sealed class SesServiceValidationTests
{
    private const string Injected = "a@example.com\r\nBcc: victim@example.com";

    private SesServiceHarness harness = null!;

    [SetUp]
    public void SetUp() => harness = new SesServiceHarness();

    public static IEnumerable<TestCaseData> LineBreakInAddressCases()
    {
        yield return Case("mail.Source", m => m.Source = Injected);
        yield return Case("mail.To[0]", m => m.To[0] = Injected);
        yield return Case("mail.Cc[0]", m => m.Cc.Add(Injected));
        yield return Case("mail.Bcc[0]", m => m.Bcc.Add(Injected));
        yield return Case("mail.ReplyTo[0]", m => m.ReplyTo.Add(Injected));
        yield return Case("mail.ReturnPath", m => m.ReturnPath = Injected);
        yield return Case("mail.To[0]", m => m.To[0] = "to@example.com\n");
        yield return Case("mail.Source", m => m.Source = "\"Evil\r\n\" <sender@example.com>");

        static TestCaseData Case(string field, Action<SesMail> change) => new TestCaseData(change, field).SetArgDisplayNames(field);
    }

    public static IEnumerable<TestCaseData> InvalidAddressCases()
    {
        foreach (var address in new[] { "not-an-address", "Jane Doe <not-an-address>", "@example.com", "jane@", "Jane <jane@example.com" })
        {
            yield return Case("mail.Source", address, m => m.Source = address);
            yield return Case("mail.To[1]", address, m => m.To.Add(address));
            yield return Case("mail.Cc[0]", address, m => m.Cc.Add(address));
            yield return Case("mail.Bcc[0]", address, m => m.Bcc.Add(address));
            yield return Case("mail.ReplyTo[0]", address, m => m.ReplyTo.Add(address));
            yield return Case("mail.ReturnPath", address, m => m.ReturnPath = address);
        }

        static TestCaseData Case(string field, string address, Action<SesMail> change) =>
            new TestCaseData(change, field).SetArgDisplayNames(field, address);
    }

    [Test]
    public void SendAsync_NoSourceAndNoDefaultSource_ThrowsNamingSource()
    {
        var mail = SesServiceHarness.ValidMail();
        mail.Source = null;

        AssertRejectedWithoutRequest(mail, "mail.Source");
    }

    [TestCase("")]
    [TestCase("   ")]
    public void SendAsync_BlankSource_ThrowsNamingSource(string source)
    {
        var mail = SesServiceHarness.ValidMail();
        mail.Source = source;

        AssertRejectedWithoutRequest(mail, "mail.Source");
    }

    [TestCase("not-an-address")]
    [TestCase("No Reply <not-an-address>")]
    [TestCase("noreply@example.com\r\nBcc: victim@example.com")]
    public void SendAsync_InvalidDefaultSource_ThrowsNamingDefaultSource(string defaultSource)
    {
        harness.Options.DefaultSource = defaultSource;
        var mail = SesServiceHarness.ValidMail();
        mail.Source = null;

        AssertRejectedWithoutRequest(mail, "SesOptions.DefaultSource");
    }

    [TestCaseSource(nameof(InvalidAddressCases))]
    public void SendAsync_InvalidAddress_ThrowsNamingField(Action<SesMail> change, string field)
    {
        var mail = SesServiceHarness.ValidMail();
        change(mail);

        AssertRejectedWithoutRequest(mail, field);
    }

    [TestCaseSource(nameof(LineBreakInAddressCases))]
    public void SendAsync_LineBreakInAddress_ThrowsNamingField(Action<SesMail> change, string field)
    {
        var mail = SesServiceHarness.ValidMail();
        change(mail);

        AssertRejectedWithoutRequest(mail, field);
    }

    [TestCase("Hello\r\nBcc: victim@example.com")]
    [TestCase("Hello\nWorld")]
    [TestCase("Hello\r")]
    public void SendAsync_LineBreakInSubject_ThrowsNamingSubject(string subject)
    {
        var mail = SesServiceHarness.ValidMail();
        mail.Subject = subject;

        AssertRejectedWithoutRequest(mail, "mail.Subject");
    }

    [Test]
    public void SendAsync_NoSubject_ThrowsNamingSubject()
    {
        var mail = SesServiceHarness.ValidMail();
        mail.Subject = null;

        AssertRejectedWithoutRequest(mail, "mail.Subject");
    }

    [Test]
    public void SendAsync_NoRecipients_ThrowsNamingTo()
    {
        var mail = SesServiceHarness.ValidMail();
        mail.To.Clear();

        AssertRejectedWithoutRequest(mail, "mail.To");
    }

    [Test]
    public void SendAsync_FiftyOneRecipients_ThrowsNamingTo()
    {
        var mail = MailWithRecipients(to: 20, cc: 20, bcc: 11);

        AssertRejectedWithoutRequest(mail, "mail.To");
    }

    [Test]
    public async Task SendAsync_FiftyRecipients_SendsAllOfThem()
    {
        harness.AnswerSend();

        await harness.CreateService().SendAsync(MailWithRecipients(to: 20, cc: 20, bcc: 10));

        var destination = harness.SendRequests[0].Destination!;
        Assert.That(destination.ToAddresses.Count + destination.CcAddresses.Count + destination.BccAddresses.Count, Is.EqualTo(50));
    }

    [Test]
    public async Task SendAsync_OnlyBccRecipient_IsAccepted()
    {
        harness.AnswerSend();
        var mail = SesServiceHarness.ValidMail();
        mail.To.Clear();
        mail.Bcc.Add("hidden@example.com");

        await harness.CreateService().SendAsync(mail);

        Assert.That(harness.SendRequests[0].Destination!.BccAddresses, Is.EqualTo(new[] { "hidden@example.com" }));
    }

    [Test]
    public void SendAsync_NoBody_ThrowsNamingTextBody()
    {
        var mail = SesServiceHarness.ValidMail();
        mail.TextBody = null;

        AssertRejectedWithoutRequest(mail, "mail.TextBody");
    }

    [TestCase("bad name")]
    [TestCase("")]
    [TestCase("tag=1")]
    [TestCase("ü")]
    public void SendAsync_InvalidTagName_ThrowsNamingTags(string name)
    {
        var mail = SesServiceHarness.ValidMail();
        mail.Tags[name] = "value";

        AssertRejectedWithoutRequest(mail, "mail.Tags");
    }

    [TestCase("bad value")]
    [TestCase("")]
    [TestCase("a/b")]
    public void SendAsync_InvalidTagValue_ThrowsNamingTags(string value)
    {
        var mail = SesServiceHarness.ValidMail();
        mail.Tags["campaign"] = value;

        AssertRejectedWithoutRequest(mail, "mail.Tags");
    }

    [Test]
    public void SendAsync_TagNameLongerThan256_ThrowsNamingTags()
    {
        var mail = SesServiceHarness.ValidMail();
        mail.Tags[new string('a', 257)] = "value";

        AssertRejectedWithoutRequest(mail, "mail.Tags");
    }

    [TestCase("my set")]
    [TestCase("")]
    [TestCase("set.name")]
    public void SendAsync_InvalidConfigurationSetName_ThrowsNamingConfigurationSet(string name)
    {
        var mail = SesServiceHarness.ValidMail();
        mail.ConfigurationSetName = name;

        AssertRejectedWithoutRequest(mail, "mail.ConfigurationSetName");
    }

    [Test]
    public void SendAsync_ConfigurationSetNameLongerThan64_ThrowsNamingConfigurationSet()
    {
        var mail = SesServiceHarness.ValidMail();
        mail.ConfigurationSetName = new string('c', 65);

        AssertRejectedWithoutRequest(mail, "mail.ConfigurationSetName");
    }

    [Test]
    public void SendAsync_NullRecipientList_ThrowsArgumentNullExceptionNamingList()
    {
        var mail = new SesMail { Source = "sender@example.com", To = null!, Subject = "Hello", TextBody = "Hi" };

        var ex = Assert.ThrowsAsync<ArgumentNullException>(() => harness.CreateService().SendAsync(mail));

        Assert.That(ex.ParamName, Is.EqualTo("mail.To"));
        harness.Client.VerifyNoOtherCalls();
    }

    [Test]
    public void SendAsync_InvalidMail_MessageNamesTheValue()
    {
        var mail = SesServiceHarness.ValidMail();
        mail.To.Add("not-an-address");

        var ex = Assert.ThrowsAsync<ArgumentException>(() => harness.CreateService().SendAsync(mail));

        Assert.That(ex.Message, Does.Contain("'not-an-address'"));
    }

    [Test]
    public async Task SendAsync_DisplayNameAddresses_AreAccepted()
    {
        harness.AnswerSend();
        var mail = SesServiceHarness.ValidMail();
        mail.Source = "\"Müller, Jörg\" <joerg@example.com>";
        mail.To[0] = "Jane Doe <jane@example.com>";

        await harness.CreateService().SendAsync(mail);

        Assert.That(harness.SendRequests[0].Destination!.ToAddresses, Is.EqualTo(new[] { "Jane Doe <jane@example.com>" }));
    }

    private static SesMail MailWithRecipients(int to, int cc, int bcc) => new()
    {
        Source = "sender@example.com",
        To = [.. Enumerable.Range(0, to).Select(i => $"to{i}@example.com")],
        Cc = [.. Enumerable.Range(0, cc).Select(i => $"cc{i}@example.com")],
        Bcc = [.. Enumerable.Range(0, bcc).Select(i => $"bcc{i}@example.com")],
        Subject = "Hello",
        TextBody = "Hi",
    };

    private void AssertRejectedWithoutRequest(SesMail mail, string field)
    {
        var ex = Assert.ThrowsAsync<ArgumentException>(() => harness.CreateService().SendAsync(mail));

        Assert.That(ex.ParamName, Is.EqualTo(field));
        harness.Client.Verify(c => c.SendEmailAsync(It.IsAny<SendEmailRequest>(), It.IsAny<CancellationToken>()), Times.Never);
        harness.Client.VerifyNoOtherCalls();
    }
}
