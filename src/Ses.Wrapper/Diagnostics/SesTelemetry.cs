using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Ses.Wrapper.Diagnostics;

/// <summary>
/// The names under which Ses.Wrapper publishes telemetry: subscribe with OpenTelemetry's <c>AddSource</c> and
/// <c>AddMeter</c> using <see cref="ActivitySourceName"/> and <see cref="MeterName"/>.
/// </summary>
public static class SesTelemetry
{
    /// <summary>The <see cref="System.Diagnostics.ActivitySource"/> name: one span per SES HTTP request.</summary>
    public const string ActivitySourceName = "Ses.Wrapper";

    /// <summary>The <see cref="System.Diagnostics.Metrics.Meter"/> name.</summary>
    public const string MeterName = "Ses.Wrapper";

    /// <summary>The logger category of the SES API layer: each request at Debug level (action, endpoint, status, duration).</summary>
    public const string RequestLoggerCategory = "Ses.Wrapper.SimpleEmail";

    internal static readonly ActivitySource ActivitySource = new(ActivitySourceName, typeof(SesTelemetry).Assembly.GetName().Version?.ToString());

    internal static readonly Meter Meter = new(MeterName, typeof(SesTelemetry).Assembly.GetName().Version?.ToString());

    /// <summary>Duration of each SES HTTP request, in seconds, by operation and outcome.</summary>
    internal static readonly Histogram<double> RequestDuration = Meter.CreateHistogram<double>(
        "ses.client.request.duration", "s", "Duration of SES HTTP requests.");

    /// <summary>Mails SES accepted.</summary>
    internal static readonly Counter<long> MailsSent = Meter.CreateCounter<long>("ses.mails.sent", "{mail}", "Mails accepted by SES.");

    /// <summary>Recipients of the mails SES accepted (SES counts its quota in recipients).</summary>
    internal static readonly Counter<long> RecipientsSent = Meter.CreateCounter<long>("ses.recipients.sent", "{recipient}", "Recipients of mails accepted by SES.");

    /// <summary>Failed calls, by operation and error code.</summary>
    internal static readonly Counter<long> Failures = Meter.CreateCounter<long>("ses.failures", "{failure}", "Failed SES calls, by error code.");

    /// <summary>Requests the SDK sent again after a retryable failure (for sends: only after a sending-rate throttle).</summary>
    internal static readonly Counter<long> Retries = Meter.CreateCounter<long>("ses.retries", "{retry}", "SES requests sent again by the retry policy.");

    /// <summary>Throttling answers, by kind (sending rate or daily quota).</summary>
    internal static readonly Counter<long> Throttles = Meter.CreateCounter<long>("ses.throttles", "{throttle}", "Throttling answers from SES.");
}
