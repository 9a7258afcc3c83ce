namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Returned by <c>AddSes(...)</c> to chain further Ses.Wrapper registrations.</summary>
public interface ISesBuilder
{
    /// <summary>The service collection Ses.Wrapper was added to.</summary>
    IServiceCollection Services { get; }
}
