using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace Ses.Wrapper.SimpleEmail.Internal;

/// <summary>
/// The SDK's standard retry policy, except for sending: a send is retried only after SES answered
/// "Maximum sending rate exceeded." (the mail was certainly not accepted). After a connection reset, a timeout or
/// a 5xx the mail may have been sent, so it is never repeated.
/// </summary>
internal sealed class SesRetryPolicy(IClientConfig config) : StandardRetryPolicy(config)
{
    /// <summary>
    /// Always false: AWSSDK.Core's RetryHandler repeats a request after a stale-connection socket error
    /// (MaxStaleConnectionRetries) without asking <see cref="RetryForException"/>, which would repeat a send. Such
    /// errors are still retried for read-only calls, as transient errors within MaxErrorRetry.
    /// </summary>
    public override bool IsStaleConnectionError(Exception exception) => false;

    public override bool RetryForException(IExecutionContext executionContext, Exception exception) =>
        IsSend(executionContext) ? SesErrorCodes.IsSendingRateThrottle(exception) : base.RetryForException(executionContext, exception);

    public override Task<bool> RetryForExceptionAsync(IExecutionContext executionContext, Exception exception) =>
        IsSend(executionContext)
            ? Task.FromResult(SesErrorCodes.IsSendingRateThrottle(exception))
            : base.RetryForExceptionAsync(executionContext, exception);

    private static bool IsSend(IExecutionContext executionContext) =>
        executionContext.RequestContext.OriginalRequest is INonIdempotentRequest;
}
