using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Ses.Wrapper.Sample.Web.ErrorHandling;

/// <summary>
/// Turns what <see cref="ISesService"/> throws into ProblemDetails answers:
/// <list type="bullet">
/// <item><see cref="SesMessageTooLargeException"/> (the mail is larger than SES accepts) → 413 with <c>size</c> (as SES counts it: the base64 of the MIME message), <c>messageSize</c> (the MIME message) and <c>limit</c>, in bytes;</item>
/// <item><see cref="ArgumentException"/> (invalid input) → 400 with <c>errors</c> naming the JSON field;</item>
/// <item><see cref="SesException"/> → 400 (SES rejected it), 429 (throttled, with Retry-After), 504 (timeout) or 502 (any other failure of SES, the credentials or the network).</item>
/// </list>
/// </summary>
public sealed partial class SesProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, ILogger<SesProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    /// <summary>Retry-After for "Maximum sending rate exceeded.": the rate is per second.</summary>
    public static readonly TimeSpan SendingRateRetryAfter = TimeSpan.FromSeconds(1);

    /// <summary>Retry-After for "Daily message quota exceeded." and other throttling: the 24-hour window moves on slowly.</summary>
    public static readonly TimeSpan QuotaRetryAfter = TimeSpan.FromMinutes(15);

    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ProblemDetails? problem = exception switch
        {
            SesException ses => FromSesException(httpContext, ses),
            SesMessageTooLargeException tooLarge => FromTooLarge(tooLarge),
            ArgumentException argument => FromArgumentException(argument),
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    /// <summary>The status for an <see cref="SesException"/>.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>400, 429, 502 or 504.</returns>
    public static int StatusCodeFor(SesException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception.IsThrottling || exception.Code == "Throttling")
        {
            return StatusCodes.Status429TooManyRequests;
        }

        return exception.Kind switch
        {
            SesErrorKind.Rejected => StatusCodes.Status400BadRequest,
            SesErrorKind.Timeout => StatusCodes.Status504GatewayTimeout,
            _ => StatusCodes.Status502BadGateway,
        };
    }

    /// <summary>The JSON field an <see cref="ArgumentException.ParamName"/> of the facade stands for: <c>mail.To[0]</c> → <c>to[0]</c>.</summary>
    /// <param name="paramName">The parameter name, or null.</param>
    /// <returns>The field name in the request.</returns>
    public static string FieldName(string? paramName)
    {
        if (string.IsNullOrEmpty(paramName))
        {
            return "request";
        }

        // DeleteIdentityAsync(identity) is DELETE /mail/verified/{address}.
        if (paramName == "identity")
        {
            return "address";
        }

        var name = paramName.StartsWith("mail.", StringComparison.Ordinal) ? paramName["mail.".Length..] : paramName;
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private ValidationProblemDetails FromArgumentException(ArgumentException exception)
    {
        var field = FieldName(exception.ParamName);
        var message = exception.ParamName is null ? exception.Message : exception.Message.Replace($" (Parameter '{exception.ParamName}')", string.Empty, StringComparison.Ordinal);
        LogInvalidRequest(logger, field, message);
        return new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is invalid.",
            Detail = message,
        };
    }

    private ProblemDetails FromTooLarge(SesMessageTooLargeException exception)
    {
        LogTooLarge(logger, exception.Size, exception.Limit);
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status413PayloadTooLarge,
            Title = "The mail is too large for SES.",
            Detail = exception.Message.Replace($" (Parameter '{exception.ParamName}')", string.Empty, StringComparison.Ordinal),
        };
        problem.Extensions["size"] = exception.Size;
        problem.Extensions["messageSize"] = exception.MessageSize;
        problem.Extensions["limit"] = exception.Limit;
        return problem;
    }

    private ProblemDetails FromSesException(HttpContext httpContext, SesException exception)
    {
        var status = StatusCodeFor(exception);
        var problem = new ProblemDetails
        {
            Status = status,
            Title = status switch
            {
                StatusCodes.Status400BadRequest => "SES rejected the request.",
                StatusCodes.Status429TooManyRequests => "SES is throttling this account; try again later.",
                StatusCodes.Status504GatewayTimeout => "SES did not answer in time.",
                _ => "SES could not be reached or failed the request.",
            },
            Detail = exception.Message,
        };
        problem.Extensions["sesErrorKind"] = exception.Kind.ToString();
        problem.Extensions["sesErrorCode"] = exception.Code;
        problem.Extensions["sesRequestId"] = exception.RequestId;
        problem.Extensions["mayHaveBeenSent"] = exception.MayHaveBeenSent;
        if (status == StatusCodes.Status429TooManyRequests)
        {
            var retryAfter = exception.IsSendingRateExceeded ? SendingRateRetryAfter : QuotaRetryAfter;
            httpContext.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }

        LogSesFailure(logger, status, exception.Kind, exception.Code, exception.RequestId);
        return problem;
    }

    [LoggerMessage(1, LogLevel.Information, "Invalid request: {Field}: {Message}")]
    private static partial void LogInvalidRequest(ILogger logger, string field, string message);

    [LoggerMessage(3, LogLevel.Information, "Mail too large for SES: {Size} bytes as SES counts them, limit {Limit}")]
    private static partial void LogTooLarge(ILogger logger, long size, long limit);

    [LoggerMessage(2, LogLevel.Warning, "SES failure answered with {Status}: {Kind} {Code} (request {RequestId})")]
    private static partial void LogSesFailure(ILogger logger, int status, SesErrorKind kind, string? code, string? requestId);
}
