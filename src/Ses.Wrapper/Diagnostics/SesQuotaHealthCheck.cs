using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ses.Wrapper.Diagnostics;

/// <summary>
/// Reports SES's health from GetSendQuota: Healthy while the share of the 24-hour quota used is under
/// <see cref="SesHealthCheckOptions.DegradedQuotaShare"/>, Degraded above it, Unhealthy when SES cannot be asked
/// (credentials refused, network down, timeout). The description says why.
/// </summary>
internal sealed class SesQuotaHealthCheck(ISesService ses, SesHealthCheckOptions options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        SendQuota quota;
        try
        {
            quota = await ses.GetSendQuotaAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SesException ex)
        {
            var why = ex.Kind switch
            {
                SesErrorKind.Authentication => $"SES refused the credentials ({ex.Code ?? "no code"}): {ex.Message}",
                SesErrorKind.Network => $"SES could not be reached: {ex.Message}",
                SesErrorKind.Timeout => "SES did not answer GetSendQuota in time.",
                _ => $"SES answered GetSendQuota with an error ({ex.Code ?? ex.Kind.ToString()}): {ex.Message}",
            };
            return new HealthCheckResult(context.Registration.FailureStatus, why, ex, ErrorData(ex));
        }

        var data = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["Max24HourSend"] = quota.Max24HourSend,
            ["SentLast24Hours"] = quota.SentLast24Hours,
            ["MaxSendRate"] = quota.MaxSendRate,
        };
        if (quota.UsedShare is not { } used)
        {
            return HealthCheckResult.Healthy(
                string.Create(CultureInfo.InvariantCulture, $"SES quota is unlimited; {quota.SentLast24Hours:N0} sent in the last 24 hours, at most {quota.MaxSendRate:0.##}/s."),
                data);
        }

        data["UsedShare"] = used;
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"SES has used {used * 100:0.#}% of its 24-hour quota ({quota.SentLast24Hours:N0} of {quota.Max24HourSend:N0}); at most {quota.MaxSendRate:0.##}/s.");
        return used >= options.DegradedQuotaShare
            ? HealthCheckResult.Degraded(string.Create(CultureInfo.InvariantCulture, $"{text} Degraded at {options.DegradedQuotaShare * 100:0.#}% or more."), data: data)
            : HealthCheckResult.Healthy(text, data);
    }

    private static Dictionary<string, object> ErrorData(SesException ex)
    {
        var data = new Dictionary<string, object>(StringComparer.Ordinal) { ["Kind"] = ex.Kind.ToString() };
        if (ex.Code is not null)
        {
            data["Code"] = ex.Code;
        }

        if (ex.RequestId is not null)
        {
            data["RequestId"] = ex.RequestId;
        }

        return data;
    }
}
