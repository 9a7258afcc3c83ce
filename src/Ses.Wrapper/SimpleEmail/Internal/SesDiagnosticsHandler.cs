using System.Diagnostics;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Ses.Wrapper.Diagnostics;

namespace Ses.Wrapper.SimpleEmail.Internal;

/// <summary>
/// Observes each SES HTTP request (each attempt, inside the retry handler): an <see cref="Activity"/>, the request
/// duration histogram and a Debug log line with action, endpoint, status and duration. Never records credentials.
/// </summary>
internal sealed partial class SesDiagnosticsHandler(Func<ILogger?> logger) : PipelineHandler
{
    public override async Task<T> InvokeAsync<T>(IExecutionContext executionContext)
    {
        var request = executionContext.RequestContext.Request;
        var action = request?.Parameters.TryGetValue("Action", out var name) == true ? name : executionContext.RequestContext.RequestName;
        var endpoint = request?.Endpoint;
        using var activity = SesTelemetry.ActivitySource.StartActivity("SES " + action, ActivityKind.Client);
        if (activity is not null)
        {
            activity.SetTag("rpc.system", "aws-api");
            activity.SetTag("rpc.service", "SES");
            activity.SetTag("rpc.method", action);
            activity.SetTag("server.address", endpoint?.Host);
            activity.SetTag("cloud.region", request?.DeterminedSigningRegion ?? request?.AuthenticationRegion);
        }

        var retry = executionContext.RequestContext.Retries;
        if (retry > 0)
        {
            activity?.SetTag("ses.retry", retry);
            SesTelemetry.Retries.Add(1, new KeyValuePair<string, object?>("rpc.method", action));
            RequestRetried(logger() ?? NullLogger.Instance, action, retry);
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await base.InvokeAsync<T>(executionContext).ConfigureAwait(false);
            var status = (int?)executionContext.ResponseContext.HttpResponse?.StatusCode;
            var requestId = executionContext.ResponseContext.Response?.ResponseMetadata?.RequestId;
            Record(activity, action, endpoint, status, requestId, null, started);
            return response;
        }
        catch (Exception ex)
        {
            var service = ex as AmazonServiceException;
            var status = service is null ? (int?)null : (int)service.StatusCode;
            Record(activity, action, endpoint, status, service?.RequestId, service?.ErrorCode ?? ex.GetType().Name, started);
            throw;
        }
    }

    private void Record(Activity? activity, string? action, Uri? endpoint, int? status, string? requestId, string? errorCode, long started)
    {
        var elapsed = Stopwatch.GetElapsedTime(started);
        SesTelemetry.RequestDuration.Record(
            elapsed.TotalSeconds,
            new KeyValuePair<string, object?>("rpc.method", action),
            new KeyValuePair<string, object?>("error.type", errorCode));
        if (activity is not null)
        {
            activity.SetTag("http.response.status_code", status);
            activity.SetTag("aws.request_id", requestId);
            if (errorCode is not null)
            {
                activity.SetTag("error.type", errorCode);
                activity.SetStatus(ActivityStatusCode.Error, errorCode);
            }
        }

        var log = logger() ?? NullLogger.Instance;
        if (errorCode is null)
        {
            RequestCompleted(log, action, endpoint, status, (long)elapsed.TotalMilliseconds, requestId);
        }
        else
        {
            RequestFailed(log, action, endpoint, status, errorCode, (long)elapsed.TotalMilliseconds, requestId);
        }
    }

    [LoggerMessage(EventId = 1200, EventName = "SesRequest", Level = LogLevel.Debug, Message = "SES {Action} {Endpoint} -> HTTP {StatusCode} in {ElapsedMilliseconds} ms (RequestId {RequestId})")]
    private static partial void RequestCompleted(ILogger logger, string? action, Uri? endpoint, int? statusCode, long elapsedMilliseconds, string? requestId);

    [LoggerMessage(EventId = 1202, EventName = "SesRequestRetried", Level = LogLevel.Information, Message = "SES {Action} retried: retry {Retry}")]
    private static partial void RequestRetried(ILogger logger, string? action, int retry);

    [LoggerMessage(EventId = 1201, EventName = "SesRequestFailed", Level = LogLevel.Debug, Message = "SES {Action} {Endpoint} -> HTTP {StatusCode} {ErrorCode} in {ElapsedMilliseconds} ms (RequestId {RequestId})")]
    private static partial void RequestFailed(ILogger logger, string? action, Uri? endpoint, int? statusCode, string errorCode, long elapsedMilliseconds, string? requestId);
}
