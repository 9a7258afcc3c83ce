using Ses.Wrapper.HardeningTests.TestSupport;

namespace Ses.Wrapper.HardeningTests.HostileAnswers;

/// <summary>
/// Runs one <see cref="ISesService"/> call against a <see cref="RawHttpServer"/> that answers as told, with a short
/// SES timeout and no retries, and reports how it ended. A generous outer guard turns a hang into a test failure
/// instead of a stuck run; no test asserts wall-clock durations.
/// </summary>
internal static class HostileCall
{
    /// <summary>The SES timeout (<c>SesOptions.Timeout</c>) of the client under test.</summary>
    public static readonly TimeSpan SesTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Far above <see cref="SesTimeout"/>: only a call that never ends hits it.</summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    /// <summary>Makes the call (GetSendQuota unless told otherwise) and returns the <see cref="SesException"/> it ended in.</summary>
    public static async Task<Outcome> FailAsync(Func<RawExchange, Task> respond, Func<ISesService, Task>? call = null, int maxErrorRetry = 0)
    {
        var outcome = await RunAsync(respond, call, maxErrorRetry);
        if (outcome.Error is null)
        {
            Assert.Fail("The call succeeded; a SesException was expected.");
        }

        return outcome;
    }

    /// <summary>Makes the call and returns how it ended: an error or success.</summary>
    public static async Task<Outcome> RunAsync(Func<RawExchange, Task> respond, Func<ISesService, Task>? call = null, int maxErrorRetry = 0)
    {
        await using var server = new RawHttpServer(respond);
        using var host = new SesHost(server.Url, SesTimeout, maxErrorRetry);
        var task = (call ?? (ses => ses.GetSendQuotaAsync()))(host.Ses);
        try
        {
            await task.WaitAsync(HangGuard);
            return new Outcome(null, server.RequestCount, server.Requests);
        }
        catch (SesException e)
        {
            return new Outcome(e, server.RequestCount, server.Requests);
        }
        catch (TimeoutException) when (!task.IsCompleted)
        {
            Assert.Fail($"The call did not end within {HangGuard.TotalSeconds} s although the SES timeout is {SesTimeout.TotalSeconds} s: it hangs.");
            throw;
        }
    }

    /// <summary>How a call ended.</summary>
    /// <param name="Error">The SesException, or null when the call succeeded.</param>
    /// <param name="RequestCount">How many HTTP requests reached the server.</param>
    /// <param name="Requests">The requests.</param>
    public sealed record Outcome(SesException? Error, int RequestCount, IReadOnlyList<RawRequest> Requests)
    {
        public SesException Exception => Error ?? throw new InvalidOperationException("The call succeeded.");
    }
}
