using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Ses.Wrapper.Cli.Tests.TestSupport;

namespace Ses.Wrapper.Cli.Tests.Commands;

public class SendBulkCommandTests
{
    private CliHarness cli = null!;
    private TempDirectory dir = null!;
    private List<SesMail> mails = null!;
    private Func<int, SesMail, SendOutcome> answer = null!;

    [SetUp]
    public void SetUp()
    {
        cli = new CliHarness();
        dir = new TempDirectory();
        mails = [];
        answer = Sent;
        cli.Ses.Setup(s => s.SendManyAsync(It.IsAny<IAsyncEnumerable<SesMail>>(), It.IsAny<IProgress<BulkSendProgress>?>(), It.IsAny<CancellationToken>()))
            .Returns((IAsyncEnumerable<SesMail> source, IProgress<BulkSendProgress>? _, CancellationToken ct) => YieldAsync(source, ct));
    }

    [TearDown]
    public void TearDown() => dir.Dispose();

    [Test]
    public async Task SendBulk_PlainList_OneMailPerAddressSkippingBlanksAndComments()
    {
        var file = dir.File("to.txt", "# customers\na@example.com\n\n  b@example.com  \n   # indented comment\nc@example.com\n");

        var result = await RunAsync("body", file);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
            Assert.That(mails.Select(m => m.To.Single()), Is.EqualTo(new[] { "a@example.com", "b@example.com", "c@example.com" }));
        });
    }

    [Test]
    public async Task SendBulk_PlainList_EveryMailHasSenderSubjectAndStdinBody()
    {
        var file = dir.File("to.txt", "a@example.com\nb@example.com\n");

        await RunAsync("the body\n", file);

        Assert.That(mails.Select(m => (m.Source, m.Subject, m.TextBody, m.HtmlBody)), Is.All.EqualTo(("from@example.com", "News", "the body\n", (string?)null)));
    }

    [Test]
    public async Task SendBulk_PlainListEmailPlaceholder_IsTheAddress()
    {
        var file = dir.File("to.txt", "a@example.com\n");

        await cli.RunWithStdinAsync("Dear {{email}}", "send-bulk", "-f", "from@example.com", "-s", "For {{ EMAIL }}", "--to-file", file);

        Assert.That((mails[0].Subject, mails[0].TextBody), Is.EqualTo(("For a@example.com", "Dear a@example.com")));
    }

    [Test]
    public async Task SendBulk_Csv_QuotedFieldsSubstitutedIntoSubjectAndBody()
    {
        var file = dir.File("people.csv", "email,name,city\n\"a@example.com\",\"Doe, Jane\",\"Paris \"\"centre\"\"\"\nb@example.com, Bob ,Oslo\n");

        var result = await cli.RunWithStdinAsync("Hello {{name}} from {{ city }}!", "send-bulk", "-f", "from@example.com", "-s", "Hi {{Name}}", "--to-file", file);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
            Assert.That(mails.Select(m => m.To.Single()), Is.EqualTo(new[] { "a@example.com", "b@example.com" }));
            Assert.That(mails.Select(m => m.Subject), Is.EqualTo(new[] { "Hi Doe, Jane", "Hi Bob" }));
            Assert.That(mails.Select(m => m.TextBody), Is.EqualTo(new[] { "Hello Doe, Jane from Paris \"centre\"!", "Hello Bob from Oslo!" }));
        });
    }

    [Test]
    public async Task SendBulk_CsvQuotedFieldOverTwoLines_KeepsTheLineBreak()
    {
        var file = dir.File("people.csv", "address,note\na@example.com,\"line one\nline two\"\nb@example.com,x\n");

        await cli.RunWithStdinAsync("{{note}}", "send-bulk", "-f", "from@example.com", "-s", "s", "--to-file", file);

        Assert.That(mails.Select(m => m.TextBody), Is.EqualTo(new[] { "line one\nline two", "x" }));
    }

    [Test]
    public async Task SendBulk_CsvHtmlBody_ValuesAreHtmlEncoded()
    {
        var file = dir.File("people.csv", "email,name\na@example.com,<b>Tom & Jerry</b>\n");

        await cli.RunWithStdinAsync("<p>{{name}}</p>", "send-bulk", "--html", "-f", "from@example.com", "-s", "{{name}}", "--to-file", file);

        Assert.That((mails[0].HtmlBody, mails[0].Subject, mails[0].TextBody), Is.EqualTo(("<p>&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;</p>", "<b>Tom & Jerry</b>", (string?)null)));
    }

    [Test]
    public async Task SendBulk_HeaderWithEmailColumnInTxtFile_IsReadAsCsv()
    {
        var file = dir.File("to.txt", "name,Email\nAnn,ann@example.com\n");

        await cli.RunWithStdinAsync("Hi {{name}}", "send-bulk", "-f", "from@example.com", "-s", "s", "--to-file", file);

        Assert.That((mails.Single().To.Single(), mails.Single().TextBody), Is.EqualTo(("ann@example.com", "Hi Ann")));
    }

    [Test]
    public async Task SendBulk_BodyFiles_GiveBothParts()
    {
        var file = dir.File("to.txt", "a@example.com\n");
        var text = dir.File("body.txt", "text {{email}}");
        var html = dir.File("body.html", "<p>{{email}}</p>");

        await cli.RunAsync("send-bulk", "-f", "from@example.com", "-s", "s", "--to-file", file, "--text-file", text, "--html-file", html);

        Assert.That((mails[0].TextBody, mails[0].HtmlBody), Is.EqualTo(("text a@example.com", "<p>a@example.com</p>")));
    }

    [Test]
    public async Task SendBulk_CsvWithoutAddressColumn_ExitsWithInputErrorAndSendsNothing()
    {
        var file = dir.File("people.csv", "name,city\nAnn,Oslo\n");

        var result = await RunAsync("body", file);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Stderr, Does.Contain("no 'email' or 'address' column"));
            Assert.That(mails, Is.Empty);
        });
        cli.Ses.Verify(s => s.SendManyAsync(It.IsAny<IAsyncEnumerable<SesMail>>(), It.IsAny<IProgress<BulkSendProgress>?>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task SendBulk_InvalidAddressLines_ReportedWithLineNumbersBeforeSending()
    {
        var file = dir.File("to.txt", "a@example.com\nnot-an-address\n# comment\nb@example.com\nc@@example.com\n");

        var result = await RunAsync("body", file);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Stderr, Does.Contain($"{file}:2: 'not-an-address' is not a valid email address."));
            Assert.That(result.Stderr, Does.Contain($"{file}:5: 'c@@example.com' is not a valid email address."));
            Assert.That(result.Stderr, Does.Contain("2 invalid recipient lines; nothing was sent."));
            Assert.That(result.Stdout, Is.Empty);
        });
        cli.Ses.Verify(s => s.SendManyAsync(It.IsAny<IAsyncEnumerable<SesMail>>(), It.IsAny<IProgress<BulkSendProgress>?>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task SendBulk_CsvRowAfterMultiLineField_ReportsItsOwnLineNumber()
    {
        var file = dir.File("people.csv", "email,note\na@example.com,\"two\nlines\"\nbad,x\n");

        var result = await RunAsync("body", file);

        Assert.That(result.Stderr, Does.Contain($"{file}:4: 'bad' is not a valid email address."));
    }

    [Test]
    public async Task SendBulk_CsvRowWithWrongFieldCount_IsAnInputError()
    {
        var file = dir.File("people.csv", "email,name\na@example.com,Ann,extra\n");

        var result = await RunAsync("body", file);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Stderr, Does.Contain($"{file}:2: 3 fields, but the header has 2 columns."));
        });
    }

    [Test]
    public async Task SendBulk_UnknownPlaceholder_IsAnInputError()
    {
        var file = dir.File("people.csv", "email,name\na@example.com,Ann\n");

        var result = await cli.RunWithStdinAsync("Hi {{nmae}}", "send-bulk", "-f", "from@example.com", "-s", "s", "--to-file", file);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Stderr, Does.Contain("{{nmae}} in the text body"));
            Assert.That(mails, Is.Empty);
        });
    }

    [Test]
    public async Task SendBulk_MissingFile_IsAnInputError()
    {
        var result = await RunAsync("body", Path.Combine(dir.Path, "missing.txt"));

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Stderr, Does.Contain("the file was not found"));
        });
    }

    [Test]
    public async Task SendBulk_OnlyComments_IsAnInputError()
    {
        var file = dir.File("to.txt", "# nobody\n\n");

        var result = await RunAsync("body", file);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Stderr, Does.Contain("no recipients in the file"));
        });
    }

    [Test]
    public async Task SendBulk_AllSent_ExitsZeroWithSummary()
    {
        var file = dir.File("to.txt", "a@example.com\nb@example.com\nc@example.com\n");

        var result = await RunAsync("body", file);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0));
            Assert.That(result.Stdout, Does.StartWith("sent: 3, failed: 0, not sent: 0, elapsed: "));
            Assert.That(result.Stdout, Does.Contain(" mails/s"));
            Assert.That(result.Stderr, Is.Empty);
        });
    }

    [Test]
    public async Task SendBulk_OneRejected_ExitsOneAndNamesTheLine()
    {
        var file = dir.File("to.txt", "a@example.com\n\nb@example.com\nc@example.com\n");
        answer = (i, m) => i == 1 ? new SendOutcome(i, m, SendOutcomeStatus.Failed, null, Errors.Rejected(), 1) : Sent(i, m);

        var result = await RunAsync("body", file);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(result.Stderr, Does.Contain("error: line 3 (b@example.com): MessageRejected: Email address is not verified."));
            Assert.That(result.Stdout, Does.StartWith("sent: 2, failed: 1, not sent: 0,"));
        });
    }

    [Test]
    public async Task SendBulk_DailyQuotaReached_RestNotSentAndExitOne()
    {
        var file = dir.File("to.txt", "a@example.com\nb@example.com\nc@example.com\n");
        var quota = new SesException("Daily message quota exceeded.", SesErrorKind.DailyQuotaExceeded, "Throttling", "Sender", "rid", HttpStatusCode.BadRequest);
        answer = (i, m) => i == 0 ? Sent(i, m) : new SendOutcome(i, m, SendOutcomeStatus.NotSent, null, quota, 0);

        var result = await RunAsync("body", file);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(result.Stdout, Does.StartWith("sent: 1, failed: 0, not sent: 2,"));
            Assert.That(result.Stderr, Does.Contain("not sent from line 2 on: Throttling: Daily message quota exceeded."));
        });
    }

    [Test]
    public async Task SendBulk_InvalidMailReportedByLibrary_ExitsTwo()
    {
        var file = dir.File("to.txt", "a@example.com\n");
        answer = (i, m) => new SendOutcome(i, m, SendOutcomeStatus.Failed, null, new ArgumentException("mail.Subject is empty.", "mail"), 0);

        var result = await RunAsync("body", file);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Stderr, Does.Contain("line 1 (a@example.com): -s/--subject is empty."));
        });
    }

    [Test]
    public async Task SendBulk_Json_OneParsableLinePerOutcomeAndNothingElseOnStdout()
    {
        var file = dir.File("to.txt", "a@example.com\n# skip\nb@example.com\n");
        answer = (i, m) => i == 1 ? new SendOutcome(i, m, SendOutcomeStatus.Failed, null, Errors.Rejected(), 1) : Sent(i, m);

        var result = await RunAsync("body", file, "--json");
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Json.Parse).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Count.EqualTo(2));
            Assert.That(lines.Select(l => l.GetProperty("Index").GetInt32()), Is.EqualTo(new[] { 0, 1 }));
            Assert.That(lines.Select(l => l.GetProperty("Line").GetInt32()), Is.EqualTo(new[] { 1, 3 }));
            Assert.That(lines.Select(l => l.GetProperty("Status").GetString()), Is.EqualTo(new[] { "Sent", "Failed" }));
            Assert.That(lines[0].GetProperty("Recipients")[0].GetString(), Is.EqualTo("a@example.com"));
            Assert.That(lines[0].GetProperty("MessageId").GetString(), Is.EqualTo("msg-0"));
            Assert.That(lines[0].TryGetProperty("Error", out _), Is.False);
            Assert.That(lines[1].GetProperty("Error").GetProperty("Kind").GetString(), Is.EqualTo("Rejected"));
            Assert.That(lines[1].GetProperty("Error").GetProperty("Code").GetString(), Is.EqualTo("MessageRejected"));
            Assert.That(lines[1].GetProperty("Error").GetProperty("Message").GetString(), Does.StartWith("Email address is not verified."));
            Assert.That(lines[1].TryGetProperty("MessageId", out _), Is.False);
            Assert.That(result.Stderr, Does.StartWith("sent: 1, failed: 1, not sent: 0,"));
        });
    }

    [Test]
    public async Task SendBulk_Rate_SetsBulkMaxSendRate()
    {
        var file = dir.File("to.txt", "a@example.com\n");

        await RunAsync("body", file, "--rate", "12.5");

        Assert.That(cli.Options!.Bulk.MaxSendRate, Is.EqualTo(12.5));
    }

    [Test]
    public async Task SendBulk_NoRate_LeavesTheAccountRate()
    {
        var file = dir.File("to.txt", "a@example.com\n");

        await RunAsync("body", file);

        Assert.That(cli.Options!.Bulk.MaxSendRate, Is.Null);
    }

    [TestCase("0")]
    [TestCase("-3")]
    public async Task SendBulk_RateNotPositive_IsAnInputError(string rate)
    {
        var file = dir.File("to.txt", "a@example.com\n");

        var result = await RunAsync("body", file, "--rate", rate);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Stderr, Does.Contain("--rate"));
            Assert.That(mails, Is.Empty);
        });
    }

    [Test]
    public async Task SendBulk_AddressCellWithTwoAddresses_OneMailToBoth()
    {
        var file = dir.File("to.txt", "\"Doe, Jane\" <jane@example.com>, john@example.com\n");

        await RunAsync("body", file);

        Assert.That(mails.Single().To, Is.EqualTo(new[] { "\"Doe, Jane\" <jane@example.com>", "john@example.com" }));
    }

    [Test]
    public async Task SendBulk_CsvHeaderNamesAColumnTwice_IsAnInputError()
    {
        var file = dir.File("people.csv", "email,name,Name\na@example.com,x,y\n");

        var result = await RunAsync("body", file);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Stderr, Does.Contain("names the column 'name' twice"));
        });
    }

    [Test]
    public async Task SendBulk_InterruptedMidway_PrintsSummaryAndExits130()
    {
        var file = dir.File("to.txt", "a@example.com\nb@example.com\nc@example.com\n");
        using var interrupt = new CancellationTokenSource();
        answer = (i, m) =>
        {
            if (i == 0)
            {
                return Sent(i, m);
            }

            interrupt.Cancel();
            return new SendOutcome(i, m, SendOutcomeStatus.NotSent, null, new OperationCanceledException(interrupt.Token), 0);
        };
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exitCode = await SesCli.RunAsync(
            ["send-bulk", "-f", "from@example.com", "-s", "s", "--to-file", file],
            new StringReader("body"),
            stdout,
            stderr,
            services => services.AddSingleton(cli.Ses.Object),
            interrupt.Token);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(130), stderr.ToString());
            Assert.That(stdout.ToString(), Does.StartWith("sent: 1, failed: 0, not sent: "));
        });
    }

    private Task<CliResult> RunAsync(string stdin, string file, params string[] more) =>
        cli.RunWithStdinAsync(stdin, ["send-bulk", "-f", "from@example.com", "-s", "News", "--to-file", file, .. more]);

    private static SendOutcome Sent(int index, SesMail mail) =>
        new(index, mail, SendOutcomeStatus.Sent, new SendResult($"msg-{index}", $"req-{index}"), null, 1);

    private async IAsyncEnumerable<SendOutcome> YieldAsync(IAsyncEnumerable<SesMail> source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var index = 0;
        await foreach (var mail in source.WithCancellation(cancellationToken))
        {
            mails.Add(mail);
            yield return answer(index++, mail);
        }
    }
}
