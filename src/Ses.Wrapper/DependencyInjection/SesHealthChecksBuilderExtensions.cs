using Microsoft.Extensions.Diagnostics.HealthChecks;
using Ses.Wrapper;
using Ses.Wrapper.Diagnostics;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the SES health check to <c>services.AddHealthChecks()</c>.</summary>
public static class SesHealthChecksBuilderExtensions
{
    /// <summary>
    /// Adds a health check that calls GetSendQuota: Healthy under the degraded share of the 24-hour quota, Degraded
    /// above it, <paramref name="failureStatus"/> (Unhealthy by default) when SES refuses the credentials or cannot
    /// be reached. Requires <c>AddSes()</c>.
    /// </summary>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="name">The check's name; <c>ses</c> by default.</param>
    /// <param name="configure">Sets the check's options, such as the degraded share.</param>
    /// <param name="failureStatus">The status reported when SES cannot be asked; Unhealthy when null.</param>
    /// <param name="tags">Tags to filter checks by, for example <c>ready</c>.</param>
    /// <param name="timeout">How long the check may take; no limit when null.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IHealthChecksBuilder AddSesQuota(
        this IHealthChecksBuilder builder,
        string name = "ses",
        Action<SesHealthCheckOptions>? configure = null,
        HealthStatus? failureStatus = null,
        IEnumerable<string>? tags = null,
        TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var options = new SesHealthCheckOptions();
        configure?.Invoke(options);
        if (options.DegradedQuotaShare is < 0 or > 1 || double.IsNaN(options.DegradedQuotaShare))
        {
            throw new ArgumentOutOfRangeException(nameof(configure), options.DegradedQuotaShare, "SesHealthCheckOptions.DegradedQuotaShare must be between 0 and 1.");
        }

        return builder.Add(new HealthCheckRegistration(
            name,
            provider => new SesQuotaHealthCheck(provider.GetRequiredService<ISesService>(), options),
            failureStatus,
            tags,
            timeout));
    }
}
