using Amazon.Runtime;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Moq;
using Ses.Wrapper.SimpleEmail;
using Ses.Wrapper.SimpleEmail.Model;

namespace Ses.Wrapper.Tests.TestSupport;

/// <summary>
/// A <see cref="SesService"/> over a strict mock of the SES API client, for the raw mail, template and identity
/// operations: it records requests (raw messages copied while the call lasts, since the facade returns their pooled
/// buffer afterwards).
/// </summary>
internal sealed class MockedSes
{
    public const string MessageId = "0100018f0f3b9e07-c804283d-b67a-4b4a-b0ab-186632bce929-000000";
    public const string RequestId = "0ded9162-c424-4b3d-a6ca-07dee98a8984";

    public static readonly DateTimeOffset Now = new(2026, 3, 14, 15, 9, 26, TimeSpan.Zero);

    public Mock<IAmazonSimpleEmailService> Client { get; } = new(MockBehavior.Strict);

    public SesOptions Options { get; } = new();

    public FakeTimeProvider Time { get; } = new(Now);

    /// <summary>Each SendRawEmail request and a copy of its message bytes.</summary>
    public List<(SendRawEmailRequest Request, byte[] Data)> RawSends { get; } = [];

    public SesService CreateService() => new(Client.Object, Microsoft.Extensions.Options.Options.Create(Options), null, Time);

    public static T WithRequestId<T>(T response, string requestId = RequestId)
        where T : AmazonWebServiceResponse
    {
        response.ResponseMetadata = new ResponseMetadata { RequestId = requestId };
        return response;
    }

    public MockedSes AnswerRaw()
    {
        Client.Setup(c => c.SendRawEmailAsync(It.IsAny<SendRawEmailRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((SendRawEmailRequest request, CancellationToken _) =>
            {
                var data = request.RawMessage!.Data!;
                RawSends.Add((request, data.TryGetBuffer(out var buffer) ? buffer.ToArray() : data.ToArray()));
                return WithRequestId(new SendRawEmailResponse { MessageId = MessageId });
            });
        return this;
    }

    /// <summary>The one raw message sent, parsed back with MimeKit.</summary>
    public MimeMessage SentMessage() => MimeMessage.Load(new MemoryStream(RawSends.Single().Data));

    /// <summary>The one raw message sent, as text.</summary>
    public string SentText() => System.Text.Encoding.UTF8.GetString(RawSends.Single().Data);
}
