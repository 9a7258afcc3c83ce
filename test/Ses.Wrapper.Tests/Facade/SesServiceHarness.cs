using Amazon.Runtime;
using Moq;
using Ses.Wrapper.SimpleEmail;
using Ses.Wrapper.SimpleEmail.Model;
using Ses.Wrapper.Tests.TestSupport;

namespace Ses.Wrapper.Tests.Facade;

/// <summary>A <see cref="SesService"/> over a strict mock of the SES API client, recording the requests it gets.</summary>
internal sealed class SesServiceHarness
{
    public const string MessageId = "0100018c-4e3d-7a5b-9f1e-2d8c6b4a1e00-000000";
    public const string RequestId = "5f8a2c1e-3b4d-4e6f-8a9b-0c1d2e3f4a5b";

    public Mock<IAmazonSimpleEmailService> Client { get; } = new(MockBehavior.Strict);

    public SesOptions Options { get; } = new();

    public CapturingLogger<SesService> Logger { get; } = new();

    public List<SendEmailRequest> SendRequests { get; } = [];

    public List<ListIdentitiesRequest> ListRequests { get; } = [];

    /// <summary>The identities of each GetIdentityVerificationAttributes call, copied when the call was made.</summary>
    public List<List<string>> VerificationBatches { get; } = [];

    public List<CancellationToken> Tokens { get; } = [];

    public SesService CreateService() => new(Client.Object, Microsoft.Extensions.Options.Options.Create(Options), Logger);

    /// <summary>A mail that passes validation: one To recipient, a subject and a text body.</summary>
    public static SesMail ValidMail() => new()
    {
        Source = "sender@example.com",
        To = ["to@example.com"],
        Subject = "Hello",
        TextBody = "Hi there.",
    };

    public static T WithRequestId<T>(T response, string requestId = RequestId)
        where T : AmazonWebServiceResponse
    {
        response.ResponseMetadata = new ResponseMetadata { RequestId = requestId };
        return response;
    }

    public SesServiceHarness AnswerSend(string messageId = MessageId, string requestId = RequestId)
    {
        Client.Setup(c => c.SendEmailAsync(It.IsAny<SendEmailRequest>(), It.IsAny<CancellationToken>()))
            .Callback<SendEmailRequest, CancellationToken>((request, token) =>
            {
                SendRequests.Add(request);
                Tokens.Add(token);
            })
            .ReturnsAsync(WithRequestId(new SendEmailResponse { MessageId = messageId }, requestId));
        return this;
    }

    /// <summary>Answers ListIdentities from pages keyed by the request's NextToken ("" for the first page).</summary>
    public SesServiceHarness AnswerListIdentities(IReadOnlyDictionary<string, (string[] Identities, string? NextToken)> pages)
    {
        Client.Setup(c => c.ListIdentitiesAsync(It.IsAny<ListIdentitiesRequest>(), It.IsAny<CancellationToken>()))
            .Callback<ListIdentitiesRequest, CancellationToken>((request, _) => ListRequests.Add(request))
            .ReturnsAsync((ListIdentitiesRequest request, CancellationToken _) =>
            {
                var page = pages[request.NextToken ?? string.Empty];
                return WithRequestId(new ListIdentitiesResponse { Identities = [.. page.Identities], NextToken = page.NextToken }, "list-" + (request.NextToken ?? "first"));
            });
        return this;
    }

    /// <summary>Answers GetIdentityVerificationAttributes with the status <paramref name="status"/> gives each identity (null: not in the answer).</summary>
    public SesServiceHarness AnswerVerification(Func<string, string?> status)
    {
        Client.Setup(c => c.GetIdentityVerificationAttributesAsync(It.IsAny<GetIdentityVerificationAttributesRequest>(), It.IsAny<CancellationToken>()))
            .Callback<GetIdentityVerificationAttributesRequest, CancellationToken>((request, _) => VerificationBatches.Add([.. request.Identities]))
            .ReturnsAsync((GetIdentityVerificationAttributesRequest request, CancellationToken _) =>
            {
                var response = WithRequestId(new GetIdentityVerificationAttributesResponse());
                foreach (var identity in request.Identities)
                {
                    if (status(identity) is { } value)
                    {
                        response.VerificationAttributes[identity] = new IdentityVerificationAttributes { VerificationStatus = VerificationStatus.FindValue(value) };
                    }
                }

                return response;
            });
        return this;
    }

    /// <summary>Makes every operation the facade uses throw <paramref name="exception"/>.</summary>
    public SesServiceHarness FailEverything(Exception exception)
    {
        Client.Setup(c => c.SendEmailAsync(It.IsAny<SendEmailRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(exception);
        Client.Setup(c => c.GetSendQuotaAsync(It.IsAny<GetSendQuotaRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(exception);
        Client.Setup(c => c.GetSendStatisticsAsync(It.IsAny<GetSendStatisticsRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(exception);
        Client.Setup(c => c.ListIdentitiesAsync(It.IsAny<ListIdentitiesRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(exception);
        Client.Setup(c => c.GetIdentityVerificationAttributesAsync(It.IsAny<GetIdentityVerificationAttributesRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(exception);
        Client.Setup(c => c.VerifyEmailIdentityAsync(It.IsAny<VerifyEmailIdentityRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(exception);
        Client.Setup(c => c.DeleteIdentityAsync(It.IsAny<DeleteIdentityRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(exception);
        return this;
    }
}
