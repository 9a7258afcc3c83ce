using System.Globalization;
using System.Net;
using System.Text;
using Ses.Wrapper.HardeningTests.TestSupport;

namespace Ses.Wrapper.HardeningTests.HostileAnswers;

/// <summary>
/// A 20 MB answer — with a Content-Length or chunked, success or error status — ends in a <see cref="SesException"/>
/// while the process allocates far less than the answer's size (the server streams it from one small buffer).
/// </summary>
[TestFixture]
public sealed class OversizedAnswerTests
{
    private const long TwentyMegabytes = 20L * 1024 * 1024;
    private const long MemoryBound = 64L * 1024 * 1024;
    private static readonly byte[] Prefix = Encoding.UTF8.GetBytes($"<GetSendQuotaResponse xmlns=\"{SesXml.Namespace}\"><GetSendQuotaResult><Max24HourSend>");
    private static readonly byte[] Suffix = Encoding.UTF8.GetBytes("</Max24HourSend></GetSendQuotaResult></GetSendQuotaResponse>");

    [Test]
    public async Task GetSendQuotaAsync_TwentyMegabytesWithContentLength_IsInvalidResponseWithBoundedMemory()
    {
        var (outcome, allocated) = await MeasureAsync(x => StreamHugeAsync(x, 200, chunked: false));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Exception.Kind, Is.EqualTo(SesErrorKind.InvalidResponse));
            Assert.That(allocated, Is.LessThan(MemoryBound));
        }
    }

    [Test]
    public async Task GetSendQuotaAsync_TwentyMegabytesChunked_IsInvalidResponseWithBoundedMemory()
    {
        var (outcome, allocated) = await MeasureAsync(x => StreamHugeAsync(x, 200, chunked: true));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Exception.Kind, Is.EqualTo(SesErrorKind.InvalidResponse));
            Assert.That(allocated, Is.LessThan(MemoryBound));
        }
    }

    [Test]
    public async Task GetSendQuotaAsync_TwentyMegabyteErrorAnswer_FailsWithItsStatusAndBoundedMemory()
    {
        var (outcome, allocated) = await MeasureAsync(x => StreamHugeAsync(x, 500, chunked: false));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Exception.Kind, Is.EqualTo(SesErrorKind.Service));
            Assert.That(outcome.Exception.Code, Is.EqualTo("Http500"));
            Assert.That(outcome.Exception.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
            Assert.That(allocated, Is.LessThan(MemoryBound));
        }
    }

    [Test]
    public async Task GetSendQuotaAsync_TwentyMegabyteChunkedErrorAnswer_FailsWithItsStatusAndBoundedMemory()
    {
        var (outcome, allocated) = await MeasureAsync(x => StreamHugeAsync(x, 502, chunked: true));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Exception.Kind, Is.EqualTo(SesErrorKind.Service));
            Assert.That(outcome.Exception.Code, Is.EqualTo("Http502"));
            Assert.That(outcome.Exception.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
            Assert.That(allocated, Is.LessThan(MemoryBound));
        }
    }

    [Test]
    public async Task SendAsync_TwentyMegabyteOkAnswer_FailsOnceThatMayHaveBeenSent()
    {
        var outcome = await HostileCall.FailAsync(x => StreamHugeAsync(x, 200, chunked: true), ses => ses.SendAsync(SesHost.Mail()), maxErrorRetry: 3);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Exception.Kind, Is.EqualTo(SesErrorKind.InvalidResponse));
            Assert.That(outcome.Exception.MayHaveBeenSent, Is.True);
            Assert.That(outcome.RequestCount, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task GetSendQuotaAsync_ThreeMegabyteWellFormedAnswer_IsRead()
    {
        var padded = SesXml.GetSendQuota.Replace("<GetSendQuotaResult>", "<GetSendQuotaResult>" + new string(' ', 3 * 1024 * 1024), StringComparison.Ordinal);

        var outcome = await HostileCall.RunAsync(x => x.RespondAsync(200, padded));

        Assert.That(outcome.Error, Is.Null);
    }

    private static async Task<(HostileCall.Outcome Outcome, long Allocated)> MeasureAsync(Func<RawExchange, Task> respond)
    {
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var outcome = await HostileCall.FailAsync(respond);
        return (outcome, GC.GetTotalAllocatedBytes(precise: true) - before);
    }

    /// <summary>Streams a 20 MB XML answer (a number of 20 million digits) from one 64 KB buffer.</summary>
    private static async Task StreamHugeAsync(RawExchange exchange, int status, bool chunked)
    {
        var filler = new byte[64 * 1024];
        filler.AsSpan().Fill((byte)'9');
        var total = Prefix.Length + TwentyMegabytes + Suffix.Length;
        if (chunked)
        {
            await exchange.WriteHeadAsync(status, "text/xml", null, ("Transfer-Encoding", "chunked"));
        }
        else
        {
            await exchange.WriteHeadAsync(status, "text/xml", total);
        }

        await WriteAsync(exchange, Prefix, chunked);
        for (long sent = 0; sent < TwentyMegabytes; sent += filler.Length)
        {
            await WriteAsync(exchange, filler, chunked);
        }

        await WriteAsync(exchange, Suffix, chunked);
        if (chunked)
        {
            await exchange.WriteAsync("0\r\n\r\n");
        }
    }

    private static async Task WriteAsync(RawExchange exchange, byte[] bytes, bool chunked)
    {
        if (chunked)
        {
            await exchange.WriteAsync(bytes.Length.ToString("x", CultureInfo.InvariantCulture) + "\r\n");
        }

        await exchange.WriteAsync(bytes);
        if (chunked)
        {
            await exchange.WriteAsync("\r\n");
        }
    }
}
