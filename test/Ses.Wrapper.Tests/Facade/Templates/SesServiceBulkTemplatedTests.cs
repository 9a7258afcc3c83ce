using System.Net;
using Amazon.Runtime;
using Moq;
using Ses.Wrapper.SimpleEmail.Model;
using Ses.Wrapper.Tests.TestSupport;

namespace Ses.Wrapper.Tests.Facade.Templates;

/// <summary>SendBulkTemplatedAsync: batches of 50, per-destination data and results, failures after the first call.</summary>
[TestFixture]
public sealed class SesServiceBulkTemplatedTests
{
    private readonly List<SendBulkTemplatedEmailRequest> requests = [];

    [SetUp]
    public void ForgetRequests() => requests.Clear();

    private static SesBulkTemplatedMail Mail(int destinations) => new()
    {
        Source = "sender@example.com",
        TemplateName = "WelcomeEmail",
        DefaultTemplateData = "{\"name\":\"friend\"}",
        Destinations = [.. Enumerable.Range(0, destinations).Select(i => new SesBulkDestination { To = [$"r{i}@example.com"] })],
    };

    private MockedSes AnswerAll(Func<int, Exception?>? failCall = null)
    {
        var ses = new MockedSes();
        ses.Client.Setup(c => c.SendBulkTemplatedEmailAsync(It.IsAny<SendBulkTemplatedEmailRequest>(), It.IsAny<CancellationToken>()))
            .Returns((SendBulkTemplatedEmailRequest r, CancellationToken _) =>
            {
                requests.Add(r);
                if (failCall?.Invoke(requests.Count) is { } failure)
                {
                    return Task.FromException<SendBulkTemplatedEmailResponse>(failure);
                }

                var response = MockedSes.WithRequestId(new SendBulkTemplatedEmailResponse());
                foreach (var destination in r.Destinations)
                {
                    var to = destination.Destination!.ToAddresses[0];
                    response.Status.Add(to.StartsWith("blocked", StringComparison.Ordinal)
                        ? new BulkEmailDestinationStatus { Status = BulkEmailStatus.MessageRejected, Error = "Email address is not verified." }
                        : new BulkEmailDestinationStatus { Status = BulkEmailStatus.Success, MessageId = "id-" + to });
                }

                return Task.FromResult(response);
            });
        return ses;
    }

    [Test]
    public async Task SendBulkTemplatedAsync_OneHundredTwentyDestinations_SendsThreeCallsOfAtMostFifty()
    {
        var ses = AnswerAll();

        await ses.CreateService().SendBulkTemplatedAsync(Mail(120));

        Assert.Multiple(() =>
        {
            Assert.That(requests.Select(r => r.Destinations.Count), Is.EqualTo(new[] { 50, 50, 20 }));
            Assert.That(requests.SelectMany(r => r.Destinations).Select(d => d.Destination!.ToAddresses[0]), Is.EqualTo(Enumerable.Range(0, 120).Select(i => $"r{i}@example.com")));
        });
    }

    [Test]
    public async Task SendBulkTemplatedAsync_Results_OnePerDestinationInOrderWithMessageIds()
    {
        var ses = AnswerAll();

        var results = await ses.CreateService().SendBulkTemplatedAsync(Mail(60));

        Assert.Multiple(() =>
        {
            Assert.That(results.Select(r => r.Index), Is.EqualTo(Enumerable.Range(0, 60)));
            Assert.That(results.Select(r => r.MessageId), Is.EqualTo(Enumerable.Range(0, 60).Select(i => $"id-r{i}@example.com")));
            Assert.That(results, Has.All.Property(nameof(SesBulkResult.IsSuccess)).True);
        });
    }

    [Test]
    public async Task SendBulkTemplatedAsync_RejectedDestination_ReportsItsStatusAndError()
    {
        var ses = AnswerAll();
        var mail = Mail(3);
        mail.Destinations[1].To[0] = "blocked@example.net";

        var results = await ses.CreateService().SendBulkTemplatedAsync(mail);

        Assert.Multiple(() =>
        {
            Assert.That(results.Select(r => r.Status), Is.EqualTo(new[] { "Success", "MessageRejected", "Success" }));
            Assert.That(results[1].MessageId, Is.Null);
            Assert.That(results[1].Error, Is.EqualTo("Email address is not verified."));
            Assert.That(results[1].IsSuccess, Is.False);
        });
    }

    [Test]
    public async Task SendBulkTemplatedAsync_PerDestinationDataAndTags_AreSentAsReplacements()
    {
        var ses = AnswerAll();
        var mail = Mail(2);
        mail.DefaultTags["campaign"] = "spring";
        mail.Destinations[0].TemplateData = "{\"name\":\"Ann\"}";
        mail.Destinations[0].Tags["tier"] = "gold";
        mail.Destinations[1].Cc.Add("cc@example.com");
        mail.Destinations[1].Bcc.Add("bcc@example.com");

        await ses.CreateService().SendBulkTemplatedAsync(mail);

        var request = requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(request.Template, Is.EqualTo("WelcomeEmail"));
            Assert.That(request.DefaultTemplateData, Is.EqualTo("{\"name\":\"friend\"}"));
            Assert.That(request.DefaultTags.Select(t => (t.Name, t.Value)), Is.EqualTo(new[] { ("campaign", "spring") }));
            Assert.That(request.Destinations[0].ReplacementTemplateData, Is.EqualTo("{\"name\":\"Ann\"}"));
            Assert.That(request.Destinations[0].ReplacementTags.Select(t => (t.Name, t.Value)), Is.EqualTo(new[] { ("tier", "gold") }));
            Assert.That(request.Destinations[1].ReplacementTemplateData, Is.Null);
            Assert.That(request.Destinations[1].Destination!.CcAddresses, Is.EqualTo(new[] { "cc@example.com" }));
            Assert.That(request.Destinations[1].Destination!.BccAddresses, Is.EqualTo(new[] { "bcc@example.com" }));
        });
    }

    [Test]
    public void SendBulkTemplatedAsync_FirstCallFails_ThrowsSesException()
    {
        var ses = AnswerAll(_ => new TemplateDoesNotExistException("Template WelcomeEmail does not exist.", null, ErrorType.Sender, "TemplateDoesNotExist", "req-3", HttpStatusCode.BadRequest));

        var error = Assert.ThrowsAsync<SesException>(() => ses.CreateService().SendBulkTemplatedAsync(Mail(120)));

        Assert.Multiple(() =>
        {
            Assert.That(error!.Code, Is.EqualTo("TemplateDoesNotExist"));
            Assert.That(requests, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task SendBulkTemplatedAsync_SecondCallFailsForGood_KeepsTheFirstResultsAndMarksTheRestNotSent()
    {
        var ses = AnswerAll(call => call == 2 ? new AmazonSimpleEmailServiceExceptionStub("Daily message quota exceeded.", "Throttling") : null);

        var results = await ses.CreateService().SendBulkTemplatedAsync(Mail(120));

        Assert.Multiple(() =>
        {
            Assert.That(requests, Has.Count.EqualTo(2));
            Assert.That(results, Has.Count.EqualTo(120));
            Assert.That(results.Take(50), Has.All.Property(nameof(SesBulkResult.IsSuccess)).True);
            Assert.That(results.Skip(50).Take(50).Select(r => r.Status), Is.All.EqualTo("Throttling"));
            Assert.That(results.Skip(50).Take(50).Select(r => r.Exception!.IsDailyQuotaExceeded), Is.All.True);
            Assert.That(results.Skip(100).Select(r => r.Status), Is.All.EqualTo(SesBulkResult.NotSent));
        });
    }

    [Test]
    public async Task SendBulkTemplatedAsync_SecondCallTimesOut_GoesOnWithTheThird()
    {
        var ses = AnswerAll(call => call == 2 ? new TimeoutException("no answer") : null);

        var results = await ses.CreateService().SendBulkTemplatedAsync(Mail(120));

        Assert.Multiple(() =>
        {
            Assert.That(requests, Has.Count.EqualTo(3));
            Assert.That(results.Skip(50).Take(50).Select(r => r.Status), Is.All.EqualTo(nameof(SesErrorKind.Timeout)));
            Assert.That(results.Skip(100), Has.All.Property(nameof(SesBulkResult.IsSuccess)).True);
        });
    }

    [Test]
    public void SendBulkTemplatedAsync_DestinationWithoutRecipients_ThrowsNamingIt()
    {
        var ses = new MockedSes();
        var mail = Mail(3);
        mail.Destinations[2].To.Clear();

        var error = Assert.ThrowsAsync<ArgumentException>(() => ses.CreateService().SendBulkTemplatedAsync(mail));

        Assert.That(error!.ParamName, Is.EqualTo("mail.Destinations[2].To"));
    }

    [Test]
    public void SendBulkTemplatedAsync_DestinationDataNotAnObject_ThrowsNamingIt()
    {
        var ses = new MockedSes();
        var mail = Mail(2);
        mail.Destinations[1].TemplateData = "[1,2]";

        var error = Assert.ThrowsAsync<ArgumentException>(() => ses.CreateService().SendBulkTemplatedAsync(mail));

        Assert.That(error!.ParamName, Is.EqualTo("mail.Destinations[1].TemplateData"));
    }

    [Test]
    public void SendBulkTemplatedAsync_NoDestinations_ThrowsNamingDestinations()
    {
        var ses = new MockedSes();

        var error = Assert.ThrowsAsync<ArgumentException>(() => ses.CreateService().SendBulkTemplatedAsync(Mail(0)));

        Assert.That(error!.ParamName, Is.EqualTo("mail.Destinations"));
    }

    /// <summary>An SES error answer as the API client throws it.</summary>
    private sealed class AmazonSimpleEmailServiceExceptionStub(string message, string code)
        : Ses.Wrapper.SimpleEmail.AmazonSimpleEmailServiceException(message, null, ErrorType.Sender, code, "req-x", HttpStatusCode.BadRequest);
}
