using System.Text;
using Ses.Wrapper.HardeningTests.TestSupport;

namespace Ses.Wrapper.HardeningTests.HostileAnswers;

/// <summary>
/// Answers broken at the byte level — truncated, a wrong Content-Length, a slow drip, resets before and after the
/// headers, garbage instead of HTTP, silence — end in a <see cref="SesException"/> of the right kind within the SES
/// timeout, and a send is never repeated because of them.
/// </summary>
[TestFixture]
public sealed class BrokenTransportTests
{
    private static readonly byte[] Quota = Encoding.UTF8.GetBytes(SesXml.GetSendQuota);

    [Test]
    public async Task GetSendQuotaAsync_BodyShorterThanContentLengthThenClosed_IsNetwork()
    {
        var outcome = await HostileCall.FailAsync(async x =>
        {
            await x.WriteHeadAsync(200, "text/xml", Quota.Length);
            await x.WriteAsync(Quota.AsMemory(0, Quota.Length / 2));
            x.Close();
        });

        Assert.That(outcome.Exception.Kind, Is.EqualTo(SesErrorKind.Network));
    }

    [Test]
    public async Task GetSendQuotaAsync_XmlCutShortWithHonestContentLength_IsInvalidResponse()
    {
        var outcome = await HostileCall.FailAsync(x => x.RespondAsync(200, SesXml.GetSendQuota[..(SesXml.GetSendQuota.Length / 2)]));

        Assert.That(outcome.Exception.Kind, Is.EqualTo(SesErrorKind.InvalidResponse));
    }

    [Test]
    public async Task GetSendQuotaAsync_ContentLengthSmallerThanBody_IsInvalidResponse()
    {
        var outcome = await HostileCall.FailAsync(async x =>
        {
            await x.WriteHeadAsync(200, "text/xml", Quota.Length - 40);
            await x.WriteAsync(Quota);
        });

        Assert.That(outcome.Exception.Kind, Is.EqualTo(SesErrorKind.InvalidResponse));
    }

    [Test]
    public async Task GetSendQuotaAsync_ContentLengthLargerThanBodyAndConnectionKeptOpen_IsTimeout()
    {
        var outcome = await HostileCall.FailAsync(async x =>
        {
            await x.WriteHeadAsync(200, "text/xml", Quota.Length + 100);
            await x.WriteAsync(Quota);
            await x.StallAsync(TimeSpan.FromMinutes(5));
        });

        Assert.That(outcome.Exception.Kind, Is.EqualTo(SesErrorKind.Timeout));
    }

    [Test]
    public async Task GetSendQuotaAsync_SlowDripBodyAfterPromptHeaders_IsTimeout()
    {
        var outcome = await HostileCall.FailAsync(x => DripAsync(x, head: false));

        Assert.That(outcome.Exception.Kind, Is.EqualTo(SesErrorKind.Timeout));
    }

    [Test]
    public async Task GetSendQuotaAsync_SlowDripHeaders_IsTimeout()
    {
        var outcome = await HostileCall.FailAsync(x => DripAsync(x, head: true));

        Assert.That(outcome.Exception.Kind, Is.EqualTo(SesErrorKind.Timeout));
    }

    [Test]
    public async Task GetSendQuotaAsync_SlowDripErrorBody_IsTimeout()
    {
        var outcome = await HostileCall.FailAsync(x => DripAsync(x, head: false, status: 500));

        Assert.That(outcome.Exception.Kind, Is.EqualTo(SesErrorKind.Timeout));
    }

    [Test]
    public async Task SendAsync_SlowDripBody_IsTimeoutSentOnceThatMayHaveBeenSent()
    {
        var outcome = await HostileCall.FailAsync(x => DripAsync(x, head: false), ses => ses.SendAsync(SesHost.Mail()), maxErrorRetry: 3);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Exception.Kind, Is.EqualTo(SesErrorKind.Timeout));
            Assert.That(outcome.Exception.MayHaveBeenSent, Is.True);
            Assert.That(outcome.RequestCount, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task GetSendQuotaAsync_CallerCancelsDuringSlowDripBody_ThrowsOperationCanceled()
    {
        await using var server = new RawHttpServer(x => DripAsync(x, head: false));
        using var host = new SesHost(server.Url, TimeSpan.FromSeconds(30));
        using var cancellation = new CancellationTokenSource();
        var call = host.Ses.GetSendQuotaAsync(cancellation.Token);
        while (server.RequestCount == 0)
        {
            await Task.Delay(10);
        }

        await cancellation.CancelAsync();

        Assert.That(async () => await call.WaitAsync(HostileCall.HangGuard), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public async Task GetSendQuotaAsync_NoAnswerAtAll_IsTimeout()
    {
        var outcome = await HostileCall.FailAsync(x => x.StallAsync(TimeSpan.FromMinutes(5)));

        Assert.That(outcome.Exception.Kind, Is.EqualTo(SesErrorKind.Timeout));
    }

    [Test]
    public async Task GetSendQuotaAsync_ResetBeforeHeaders_IsNetwork()
    {
        var outcome = await HostileCall.FailAsync(x =>
        {
            x.Reset();
            return Task.CompletedTask;
        });

        Assert.That(outcome.Exception.Kind, Is.EqualTo(SesErrorKind.Network));
    }

    [Test]
    public async Task GetSendQuotaAsync_ResetAfterHeaders_IsNetwork()
    {
        var outcome = await HostileCall.FailAsync(async x =>
        {
            await x.WriteHeadAsync(200, "text/xml", Quota.Length);
            await x.WriteAsync(Quota.AsMemory(0, 30));
            await x.StallAsync(TimeSpan.FromMilliseconds(100));
            x.Reset();
        });

        Assert.That(outcome.Exception.Kind, Is.EqualTo(SesErrorKind.Network));
    }

    [Test]
    public async Task GetSendQuotaAsync_ClosedWithoutAnswer_IsNetwork()
    {
        var outcome = await HostileCall.FailAsync(x =>
        {
            x.Close();
            return Task.CompletedTask;
        });

        Assert.That(outcome.Exception.Kind, Is.EqualTo(SesErrorKind.Network));
    }

    [Test]
    public async Task SendAsync_ResetBeforeHeaders_IsNetworkSentOnceThatMayHaveBeenSent()
    {
        var outcome = await HostileCall.FailAsync(
            x =>
            {
                x.Reset();
                return Task.CompletedTask;
            },
            ses => ses.SendAsync(SesHost.Mail()),
            maxErrorRetry: 3);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Exception.Kind, Is.EqualTo(SesErrorKind.Network));
            Assert.That(outcome.Exception.MayHaveBeenSent, Is.True);
            Assert.That(outcome.RequestCount, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task SendAsync_ResetAfterHeaders_IsNetworkSentOnceThatMayHaveBeenSent()
    {
        var body = Encoding.UTF8.GetBytes(SesXml.SendEmail("msg-1"));
        var outcome = await HostileCall.FailAsync(
            async x =>
            {
                await x.WriteHeadAsync(200, "text/xml", body.Length);
                await x.WriteAsync(body.AsMemory(0, 40));
                await x.StallAsync(TimeSpan.FromMilliseconds(100));
                x.Reset();
            },
            ses => ses.SendAsync(SesHost.Mail()),
            maxErrorRetry: 3);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Exception.Kind, Is.EqualTo(SesErrorKind.Network));
            Assert.That(outcome.Exception.MayHaveBeenSent, Is.True);
            Assert.That(outcome.RequestCount, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task GetSendQuotaAsync_GarbageInsteadOfHttp_IsNetwork()
    {
        var garbage = new byte[4096];
        new Random(7).NextBytes(garbage);

        var outcome = await HostileCall.FailAsync(async x =>
        {
            await x.WriteAsync(garbage);
            x.Close();
        });

        Assert.That(outcome.Exception.Kind, Is.EqualTo(SesErrorKind.Network));
    }

    [Test]
    public async Task GetSendQuotaAsync_GarbageBodyWithOkStatus_IsInvalidResponse()
    {
        var garbage = new byte[4096];
        new Random(11).NextBytes(garbage);

        var outcome = await HostileCall.FailAsync(async x =>
        {
            await x.WriteHeadAsync(200, "text/xml", garbage.Length);
            await x.WriteAsync(garbage);
        });

        Assert.That(outcome.Exception.Kind, Is.EqualTo(SesErrorKind.InvalidResponse));
    }

    [Test]
    public async Task GetSendQuotaAsync_GarbageBodyWithErrorStatus_IsServiceErrorNamingTheStatus()
    {
        var garbage = new byte[4096];
        new Random(13).NextBytes(garbage);

        var outcome = await HostileCall.FailAsync(async x =>
        {
            await x.WriteHeadAsync(503, "application/octet-stream", garbage.Length);
            await x.WriteAsync(garbage);
        });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Exception.Kind, Is.EqualTo(SesErrorKind.Service));
            Assert.That(outcome.Exception.Code, Is.EqualTo("Http503"));
        }
    }

    /// <summary>Sends a valid answer one byte per second: the head too when <paramref name="head"/>, else only the body.</summary>
    private static async Task DripAsync(RawExchange exchange, bool head, int status = 200)
    {
        var body = status == 200 ? Quota : Encoding.UTF8.GetBytes(SesXml.InternalFailure);
        var headBytes = Encoding.ASCII.GetBytes($"HTTP/1.1 {status} Status\r\nContent-Type: text/xml\r\nContent-Length: {body.Length}\r\n\r\n");
        if (!head)
        {
            await exchange.WriteAsync(headBytes);
        }

        var drip = head ? [.. headBytes, .. body] : body;
        for (var i = 0; i < drip.Length; i++)
        {
            await exchange.WriteAsync(drip.AsMemory(i, 1));
            await exchange.StallAsync(TimeSpan.FromSeconds(1));
        }
    }
}
