namespace Ses.Wrapper.Diagnostics;

/// <summary>Settings of the SES quota health check added by <c>AddSesQuota()</c>.</summary>
public sealed class SesHealthCheckOptions
{
    /// <summary>The share of the 24-hour quota (0 to 1) from which the check reports Degraded; 0.8 by default.</summary>
    public double DegradedQuotaShare { get; set; } = 0.8;
}
