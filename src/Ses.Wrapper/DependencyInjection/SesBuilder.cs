namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The <see cref="ISesBuilder"/> returned by <c>AddSes(...)</c>.</summary>
internal sealed class SesBuilder(IServiceCollection services) : ISesBuilder
{
    public IServiceCollection Services { get; } = services;
}
