using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Ses.Wrapper.Cli.Tests.TestSupport;

namespace Ses.Wrapper.Cli.Tests.EndToEnd;

/// <summary>
/// The built tool (<c>dotnet ses.dll</c>) against a local endpoint on 127.0.0.1 that answers with the recorded SES
/// fixtures: every command, real signing, real marshalling, real exit codes.
/// </summary>
[NonParallelizable]
public class BuiltToolTests
{
    private const string QuotaRequestId = "f5ace256-3762-4871-b957-f168a765ba5e";

    private BuiltTool tool = null!;
    private FakeSesEndpoint endpoint = null!;
    private TempDirectory dir = null!;
    private string credentials = null!;

    [SetUp]
    public void SetUp()
    {
        tool = new BuiltTool();
        endpoint = new FakeSesEndpoint();
        dir = new TempDirectory();
        credentials = dir.File("ses.credentials", TestCredentials.File);
    }

    [TearDown]
    public async Task TearDown()
    {
        await endpoint.DisposeAsync();
        dir.Dispose();
        tool.Dispose();
    }

    [Test]
    public async Task Help_PrintsUsageAndSesPyExamples()
    {
        var result = await tool.RunAsync(string.Empty, "--help");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
            Assert.That(result.Stdout, Does.Contain("Usage:\n  ses [command] [options]"));
            Assert.That(result.Stdout, Does.Contain("ses verify -k [credentials file] [addr1,addr2,...]"));
        });
    }

    [Test]
    public async Task Version_PrintsAVersion()
    {
        var result = await tool.RunAsync(string.Empty, "--version");

        Assert.That((result.ExitCode, result.Stdout.TrimEnd()), Is.EqualTo((0, global::Ses.Wrapper.Cli.Commands.VersionAction.Version)), result.ToString());
    }

    [Test]
    public async Task Quota_PrintsTheFixturesQuota()
    {
        var result = await Ses("quota");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
            Assert.That(result.Stdout, Is.EqualTo(
                "Max24HourSend    50,000\nSentLast24Hours  127\nRemaining        49,873\nMaxSendRate      14 per second\nUsed             0.25% of the 24-hour quota\n"));
            Assert.That(endpoint.Requests.Single().Action, Is.EqualTo("GetSendQuota"));
        });
    }

    [Test]
    public async Task Quota_SignsWithTheFilesKeyAndNeverSendsTheSecret()
    {
        await Ses("quota");

        var request = endpoint.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(request.Authorization, Does.StartWith("AWS4-HMAC-SHA256 Credential=" + TestCredentials.AccessKeyId + "/"));
            Assert.That(request.Authorization, Does.Contain("/ses/aws4_request"));
            Assert.That(request.Body + string.Join("\n", request.Headers.Values), Does.Not.Contain(TestCredentials.SecretKey));
        });
    }

    [Test]
    public async Task Quota_Json_ParsesWithTheFixturesValues()
    {
        var result = await Ses("quota", "--json");

        var json = Json.Parse(result.Stdout);
        Assert.Multiple(() =>
        {
            Assert.That(json.GetProperty("Max24HourSend").GetDouble(), Is.EqualTo(50000));
            Assert.That(json.GetProperty("SentLast24Hours").GetDouble(), Is.EqualTo(127));
            Assert.That(json.GetProperty("MaxSendRate").GetDouble(), Is.EqualTo(14));
            Assert.That(result.Stderr, Is.Empty);
        });
    }

    [Test]
    public async Task Stats_ShowsTableTotalsAndChart()
    {
        var result = await Ses("stats");

        var lines = result.Stdout.Split('\n');
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
            Assert.That(result.Stdout.IndexOf("2011-08-12 18:13", StringComparison.Ordinal), Is.LessThan(result.Stdout.IndexOf("2011-08-13 09:58", StringComparison.Ordinal)));
            Assert.That(lines.Single(l => l.Contains("Total ", StringComparison.Ordinal) && l.Contains('│', StringComparison.Ordinal)).Split('│', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[] { "Total", "65", "6", "2", "3" }));
            Assert.That(lines.Single(l => l.TrimStart().StartsWith("Delivery attempts  ", StringComparison.Ordinal)), Does.Contain("█"));
        });
    }

    [Test]
    public async Task Stats_Json_IsSortedWithUtcTimestamps()
    {
        var result = await Ses("stats", "--json");

        var timestamps = Json.Parse(result.Stdout).EnumerateArray().Select(p => p.GetProperty("Timestamp").GetString()).ToList();
        Assert.That(timestamps, Is.EqualTo(new[] { "2011-08-12T18:13:00Z", "2011-08-12T21:28:00Z", "2011-08-13T02:43:00Z", "2011-08-13T05:43:00Z", "2011-08-13T09:58:00Z" }));
    }

    [Test]
    public async Task Verified_PrintsTheVerifiedIdentitiesOneALine()
    {
        var result = await Ses("verified");

        Assert.Multiple(() =>
        {
            Assert.That((result.ExitCode, result.Stdout), Is.EqualTo((0, "sender@example.com\nexample.com\n")), result.ToString());
            Assert.That(endpoint.Requests.Select(r => r.Action), Is.EqualTo(new[] { "ListIdentities", "ListIdentities", "GetIdentityVerificationAttributes" }));
        });
    }

    [Test]
    public async Task Verified_Json_IsAnArray()
    {
        var result = await Ses("verified", "--json");

        Assert.That(Json.Parse(result.Stdout).EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "sender@example.com", "example.com" }));
    }

    [Test]
    public async Task Verify_CommaList_SendsOneRequestPerAddress()
    {
        var result = await Ses("verify", "a@example.com,b@example.com");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
            Assert.That(endpoint.Requests.Select(r => (r.Action, r.Form["EmailAddress"])), Is.EqualTo(new[] { ("VerifyEmailIdentity", "a@example.com"), ("VerifyEmailIdentity", "b@example.com") }));
            Assert.That(result.Stdout, Is.EqualTo(
                "a@example.com: verification mail sent (RequestId fa3d0188-bbf0-4d48-bb68-d9278ddd967e)\n" +
                "b@example.com: verification mail sent (RequestId fa3d0188-bbf0-4d48-bb68-d9278ddd967e)\n"));
        });
    }

    [Test]
    public async Task Delete_CommaList_SendsOneRequestPerIdentity()
    {
        var result = await Ses("delete", "--json", "old@example.com,example.org");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
            Assert.That(endpoint.Requests.Select(r => (r.Action, r.Form["Identity"])), Is.EqualTo(new[] { ("DeleteIdentity", "old@example.com"), ("DeleteIdentity", "example.org") }));
            Assert.That(Json.Parse(result.Stdout).EnumerateArray().Select(e => e.GetProperty("RequestId").GetString()), Is.EqualTo(new[] { "9ab5aba7-3bf6-4630-9acc-5ff12d584f52", "9ab5aba7-3bf6-4630-9acc-5ff12d584f52" }));
        });
    }

    [Test]
    public async Task Send_SesPyInvocation_SendsTheStdinBodyToEveryList()
    {
        const string body = "email text body — Grüße 🚀\n";

        var result = await SesWithStdin(body, "send", "-f", "from@example.com", "-t", "to1@example.com,to2@example.com", "-c", "cc@example.com", "-b", "bcc1@example.com,bcc2@example.com", "-s", "email subject");

        var form = endpoint.Requests.Single().Form;
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
            Assert.That(result.Stdout, Is.EqualTo("MessageId: 0100018f0f3a5c21-5aae6c66-7018-4d9f-8d69-41cfa9c70d86-000000\nRequestId: 64e5b339-3d95-4b5a-b088-8f4ba29c1a93\n"));
            Assert.That(form["Action"], Is.EqualTo("SendEmail"));
            Assert.That(form["Source"], Is.EqualTo("from@example.com"));
            Assert.That(form["Destination.ToAddresses.member.1"], Is.EqualTo("to1@example.com"));
            Assert.That(form["Destination.ToAddresses.member.2"], Is.EqualTo("to2@example.com"));
            Assert.That(form["Destination.CcAddresses.member.1"], Is.EqualTo("cc@example.com"));
            Assert.That(form["Destination.BccAddresses.member.2"], Is.EqualTo("bcc2@example.com"));
            Assert.That(form["Message.Subject.Data"], Is.EqualTo("email subject"));
            Assert.That(form["Message.Body.Text.Data"], Is.EqualTo(body));
            Assert.That(form.ContainsKey("Message.Body.Html.Data"), Is.False);
        });
    }

    [Test]
    public async Task Send_HtmlWithExtras_SendsEveryField()
    {
        var result = await SesWithStdin(
            "<p>Hi</p>",
            "send", "--html", "-f", "from@example.com", "-t", "to@example.com", "-s", "News",
            "--reply-to", "reply@example.com", "--return-path", "bounce@example.com", "--configuration-set", "tracking",
            "--tag", "campaign=may", "--tag", "team=ops", "--json");

        var form = endpoint.Requests.Single().Form;
        Assert.Multiple(() =>
        {
            Assert.That(Json.Parse(result.Stdout).GetProperty("MessageId").GetString(), Is.EqualTo("0100018f0f3a5c21-5aae6c66-7018-4d9f-8d69-41cfa9c70d86-000000"));
            Assert.That(form["Message.Body.Html.Data"], Is.EqualTo("<p>Hi</p>"));
            Assert.That(form.ContainsKey("Message.Body.Text.Data"), Is.False);
            Assert.That(form["ReplyToAddresses.member.1"], Is.EqualTo("reply@example.com"));
            Assert.That(form["ReturnPath"], Is.EqualTo("bounce@example.com"));
            Assert.That(form["ConfigurationSetName"], Is.EqualTo("tracking"));
            Assert.That(
                new[] { form["Tags.member.1.Name"], form["Tags.member.1.Value"], form["Tags.member.2.Name"], form["Tags.member.2.Value"] },
                Is.EqualTo(new[] { "campaign", "may", "team", "ops" }));
        });
    }

    [Test]
    public async Task Send_Rejected_ExitsOneWithCodeMessageAndRequestId()
    {
        endpoint.Answers["SendEmail"] = "Error.MessageRejected.xml";

        var result = await SesWithStdin("body", "send", "-f", "sender@example.com", "-t", "to@example.com", "-s", "s");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(result.Stderr, Is.EqualTo("error: MessageRejected: Email address is not verified. The following identities failed the check in region US-EAST-1: sender@example.com (RequestId 8addd562-1ad8-42cc-b23a-9715e713ebb2)\n"));
            Assert.That(result.Stdout, Is.Empty);
        });
    }

    [Test]
    public async Task Send_InvalidAddress_ExitsTwoWithoutARequest()
    {
        var result = await SesWithStdin("body", "send", "-f", "from@example.com", "-t", "not-an-address", "-s", "s");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
            Assert.That(result.Stderr, Is.EqualTo("error: -t/--to 'not-an-address' is not a valid email address.\n"));
            Assert.That(endpoint.Requests, Is.Empty);
        });
    }

    [Test]
    public async Task Quota_AuthenticationError_ExitsOne()
    {
        endpoint.Answers["GetSendQuota"] = "Error.InvalidClientTokenId.xml";

        var result = await Ses("quota");

        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((1, "error: InvalidClientTokenId: The security token included in the request is invalid. (RequestId 01c62c17-b51a-4ce0-bf29-37e13853a6cf)\n")));
    }

    [Test]
    public async Task Quota_NothingListening_ExitsOneWithNetworkError()
    {
        var closed = new TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();

        var result = await tool.RunAsync(string.Empty, "quota", "-k", credentials, "--endpoint-url", $"http://127.0.0.1:{port}");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
            Assert.That(result.Stderr, Does.StartWith("error: Network: The connection to SES failed: "));
        });
    }

    [Test]
    public async Task Quota_Verbose_LogsTheRequestWithoutSecrets()
    {
        var file = dir.File("with-token", TestCredentials.FileWithToken);

        var result = await tool.RunAsync(string.Empty, "quota", "-v", "-k", file, "--endpoint-url", endpoint.Url);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
            Assert.That(result.Stderr, Does.Contain("debug: Ses.Wrapper.SimpleEmail: "));
            Assert.That(result.Stderr, Does.Contain("GetSendQuota"));
            Assert.That(result.Stderr, Does.Contain(endpoint.Url));
            Assert.That(result.Stderr, Does.Contain("200"));
            Assert.That(result.AllOutput, Does.Not.Contain(TestCredentials.SecretKey));
            Assert.That(result.AllOutput, Does.Not.Contain(TestCredentials.SessionToken));
        });
    }

    [Test]
    public async Task Quota_SessionTokenInFile_IsSentButNeverPrinted()
    {
        var file = dir.File("with-token", TestCredentials.FileWithToken);

        var result = await tool.RunAsync(string.Empty, "quota", "-k", file, "--endpoint-url", endpoint.Url);

        Assert.Multiple(() =>
        {
            Assert.That(endpoint.Requests.Single().Headers["X-Amz-Security-Token"], Is.EqualTo(TestCredentials.SessionToken));
            Assert.That(result.AllOutput, Does.Not.Contain(TestCredentials.SessionToken));
        });
    }

    [Test]
    public async Task Quota_RegionInFile_SignsForThatRegion()
    {
        var file = dir.File("with-region", TestCredentials.File + "Region=eu-west-1\n");

        await tool.RunAsync(string.Empty, "quota", "-k", file, "--endpoint-url", endpoint.Url);

        Assert.That(endpoint.Requests.Single().Authorization, Does.Contain("/eu-west-1/ses/aws4_request"));
    }

    [Test]
    public async Task Quota_NoCredentialsFile_UsesTheDefaultChain()
    {
        tool.Environment["AWS_ACCESS_KEY_ID"] = "AKIDFROMENVIRONMENT1";
        tool.Environment["AWS_SECRET_ACCESS_KEY"] = "secret-from-the-environment";

        var result = await tool.RunAsync(string.Empty, "quota", "--json", "--endpoint-url", endpoint.Url);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
            Assert.That(endpoint.Requests.Single().Authorization, Does.StartWith("AWS4-HMAC-SHA256 Credential=AKIDFROMENVIRONMENT1/"));
        });
    }

    [Test]
    public async Task Quota_BadCredentialsFile_ExitsTwoNamingFileAndLine()
    {
        var file = dir.File("broken", "AWSAccessKeyId=AKID\nAWSSecret=" + TestCredentials.SecretKey + "\n");

        var result = await tool.RunAsync(string.Empty, "quota", "-k", file, "--endpoint-url", endpoint.Url);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Stderr, Is.EqualTo($"error: {file}:2: unknown key 'AWSSecret'; expected AWSAccessKeyId, AWSSecretKey, AWSSessionToken or Region.\n"));
            Assert.That(endpoint.Requests, Is.Empty);
        });
    }

    [Test]
    public async Task Quota_NoRegionNoEndpoint_ExitsTwoAskingForARegion()
    {
        var result = await tool.RunAsync(string.Empty, "quota", "-k", credentials);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
            Assert.That(result.Stderr, Does.StartWith("error: the SES client could not be set up: "));
            Assert.That(result.Stderr, Does.Contain("--region"));
        });
    }

    [Test]
    public async Task UnknownOption_ExitsTwo()
    {
        var result = await tool.RunAsync(string.Empty, "quota", "--no-such-option");

        Assert.That(result.ExitCode, Is.EqualTo(2));
    }

    private Task<CliResult> Ses(params string[] args) => SesWithStdin(string.Empty, args);

    private Task<CliResult> SesWithStdin(string stdin, params string[] args) =>
        tool.RunAsync(stdin, [.. args, "-k", credentials, "--endpoint-url", endpoint.Url]);
}
