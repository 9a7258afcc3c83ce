using System.Globalization;
using System.Net;
using System.Text;
using Ses.Wrapper.HardeningTests.TestSupport;

namespace Ses.Wrapper.HardeningTests.HostileAnswers;

/// <summary>
/// Answers carrying a DTD — external entities (a local file, a URL), internal entities, billion laughs — end in a
/// <see cref="SesException"/> and no entity is ever resolved: the secret file's content never shows, the URL is never
/// fetched.
/// </summary>
[TestFixture]
public sealed class XmlAttackTests
{
    private const string Secret = "TOP-SECRET-4f1c2a9e-FILE-CONTENT";
    private string directory = string.Empty;
    private string secretFile = string.Empty;

    [SetUp]
    public void WriteSecretFile()
    {
        directory = Directory.CreateTempSubdirectory("ses-hardening-xxe-").FullName;
        secretFile = Path.Combine(directory, "secret.txt");
        File.WriteAllText(secretFile, Secret);
    }

    [TearDown]
    public void DeleteSecretFile() => Directory.Delete(directory, recursive: true);

    [Test]
    public async Task GetSendQuotaAsync_ExternalFileEntity_IsInvalidResponseWithoutTheFileContent()
    {
        var xml = QuotaWithEntity($"<!ENTITY xxe SYSTEM \"{new Uri(secretFile).AbsoluteUri}\">", "&xxe;");

        var outcome = await HostileCall.FailAsync(x => x.RespondAsync(200, xml));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Exception.Kind, Is.EqualTo(SesErrorKind.InvalidResponse));
            Assert.That(outcome.Exception.ToString(), Does.Not.Contain(Secret));
        }
    }

    [Test]
    public async Task GetSendQuotaAsync_ExternalUrlEntity_IsNeverFetched()
    {
        var outcome = await HostileCall.FailAsync(x =>
        {
            var entityUrl = $"http://{x.Request.Headers["Host"]}/xxe-probe";
            return x.RespondAsync(200, QuotaWithEntity($"<!ENTITY xxe SYSTEM \"{entityUrl}\">", "&xxe;"));
        });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Exception.Kind, Is.EqualTo(SesErrorKind.InvalidResponse));
            Assert.That(outcome.Requests.Select(r => r.Target), Is.EqualTo(new[] { "/" }));
        }
    }

    [Test]
    public async Task GetSendQuotaAsync_ExternalParameterEntity_IsInvalidResponseWithoutTheFileContent()
    {
        var xml = QuotaWithEntity($"<!ENTITY % remote SYSTEM \"{new Uri(secretFile).AbsoluteUri}\"> %remote;", "1");

        var outcome = await HostileCall.FailAsync(x => x.RespondAsync(200, xml));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Exception.Kind, Is.EqualTo(SesErrorKind.InvalidResponse));
            Assert.That(outcome.Exception.ToString(), Does.Not.Contain(Secret));
        }
    }

    [Test]
    public async Task GetSendQuotaAsync_InternalEntity_IsInvalidResponseWithoutExpansion()
    {
        var xml = QuotaWithEntity("<!ENTITY rid \"ENTITY-WAS-EXPANDED\">", "&rid;");

        var outcome = await HostileCall.FailAsync(x => x.RespondAsync(200, xml));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Exception.Kind, Is.EqualTo(SesErrorKind.InvalidResponse));
            Assert.That(outcome.Exception.ToString(), Does.Not.Contain("ENTITY-WAS-EXPANDED"));
        }
    }

    [Test]
    public async Task GetSendQuotaAsync_BillionLaughs_IsInvalidResponseWithBoundedMemory()
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var outcome = await HostileCall.FailAsync(x => x.RespondAsync(200, BillionLaughs()));

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Exception.Kind, Is.EqualTo(SesErrorKind.InvalidResponse));
            Assert.That(allocated, Is.LessThan(64L * 1024 * 1024));
        }
    }

    [Test]
    public async Task GetSendQuotaAsync_DoctypeWithoutEntities_IsInvalidResponse()
    {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE GetSendQuotaResponse>\n" + SesXml.GetSendQuota;

        var outcome = await HostileCall.FailAsync(x => x.RespondAsync(200, xml));

        Assert.That(outcome.Exception.Kind, Is.EqualTo(SesErrorKind.InvalidResponse));
    }

    [Test]
    public async Task SendAsync_ExternalEntityInOkAnswer_FailsOnceAndMayHaveBeenSent()
    {
        var xml = $"""
            <?xml version="1.0"?>
            <!DOCTYPE SendEmailResponse [<!ENTITY xxe SYSTEM "{new Uri(secretFile).AbsoluteUri}">]>
            <SendEmailResponse xmlns="{SesXml.Namespace}"><SendEmailResult><MessageId>&xxe;</MessageId></SendEmailResult></SendEmailResponse>
            """;

        var outcome = await HostileCall.FailAsync(x => x.RespondAsync(200, xml), ses => ses.SendAsync(SesHost.Mail()), maxErrorRetry: 3);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Exception.Kind, Is.EqualTo(SesErrorKind.InvalidResponse));
            Assert.That(outcome.Exception.MayHaveBeenSent, Is.True);
            Assert.That(outcome.Exception.ToString(), Does.Not.Contain(Secret));
            Assert.That(outcome.RequestCount, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task SendAsync_ExternalEntityInErrorAnswer_IsServiceErrorWithoutTheFileContent()
    {
        var xml = $"""
            <?xml version="1.0"?>
            <!DOCTYPE ErrorResponse [<!ENTITY xxe SYSTEM "{new Uri(secretFile).AbsoluteUri}">]>
            <ErrorResponse xmlns="{SesXml.Namespace}"><Error><Type>Sender</Type><Code>MessageRejected</Code><Message>&xxe;</Message></Error></ErrorResponse>
            """;

        var outcome = await HostileCall.FailAsync(x => x.RespondAsync(400, xml), ses => ses.SendAsync(SesHost.Mail()));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Exception.Kind, Is.EqualTo(SesErrorKind.Service));
            Assert.That(outcome.Exception.Code, Is.EqualTo("Http400"));
            Assert.That(outcome.Exception.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(outcome.Exception.ToString(), Does.Not.Contain(Secret));
        }
    }

    [Test]
    public async Task GetSendQuotaAsync_BillionLaughsInErrorAnswer_IsServiceErrorWithoutExpansion()
    {
        var xml = BillionLaughs().Replace("ListIdentitiesResponse", "ErrorResponse", StringComparison.Ordinal);

        var outcome = await HostileCall.FailAsync(x => x.RespondAsync(500, xml));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Exception.Kind, Is.EqualTo(SesErrorKind.Service));
            Assert.That(outcome.Exception.Code, Is.EqualTo("Http500"));
            Assert.That(outcome.Exception.Message, Does.Not.Contain("lollollol"));
        }
    }

    private static string QuotaWithEntity(string declarations, string requestId) => $"""
        <?xml version="1.0"?>
        <!DOCTYPE GetSendQuotaResponse [{declarations}]>
        <GetSendQuotaResponse xmlns="{SesXml.Namespace}">
          <GetSendQuotaResult><Max24HourSend>200.0</Max24HourSend><MaxSendRate>1.0</MaxSendRate><SentLast24Hours>0.0</SentLast24Hours></GetSendQuotaResult>
          <ResponseMetadata><RequestId>{requestId}</RequestId></ResponseMetadata>
        </GetSendQuotaResponse>
        """;

    private static string BillionLaughs()
    {
        var xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (var level = 1; level <= 9; level++)
        {
            var previous = level == 1 ? "lol" : "lol" + (level - 1).ToString(CultureInfo.InvariantCulture);
            xml.Append(CultureInfo.InvariantCulture, $"<!ENTITY lol{level} \"");
            for (var i = 0; i < 10; i++)
            {
                xml.Append('&').Append(previous).Append(';');
            }

            xml.Append("\">\n");
        }

        return xml.Append(CultureInfo.InvariantCulture, $"]>\n<ListIdentitiesResponse xmlns=\"{SesXml.Namespace}\"><RequestId>&lol9;</RequestId></ListIdentitiesResponse>").ToString();
    }
}
