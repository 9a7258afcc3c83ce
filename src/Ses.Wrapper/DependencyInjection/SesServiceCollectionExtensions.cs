using Amazon.Extensions.NETCore.Setup;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ses.Wrapper;
using Ses.Wrapper.SimpleEmail;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Ses.Wrapper: <see cref="ISesService"/>, the SES API client and validated <see cref="SesOptions"/>.</summary>
public static class SesServiceCollectionExtensions
{
    /// <summary>
    /// Adds Ses.Wrapper, binding <see cref="SesOptions"/> from the <c>Ses</c> section of the registered
    /// <see cref="IConfiguration"/> (if any). Services registered before (your own <see cref="ISesService"/> or a
    /// mock) are kept; calling it twice is harmless.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>A builder for further Ses.Wrapper registrations.</returns>
    public static ISesBuilder AddSes(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<SesOptions>().Configure<IServiceProvider>(static (options, provider) =>
        {
            var configuration = provider.GetService<IConfiguration>();
            configuration?.GetSection(SesOptions.SectionName).Bind(options);
        });
        return AddSesCore(services);
    }

    /// <summary>Adds Ses.Wrapper, binding <see cref="SesOptions"/> from <paramref name="configuration"/> (the <c>Ses</c> section itself).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration section holding the options.</param>
    /// <returns>A builder for further Ses.Wrapper registrations.</returns>
    public static ISesBuilder AddSes(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SesOptions>().Configure(options => configuration.Bind(options));
        return AddSesCore(services);
    }

    /// <summary>Adds Ses.Wrapper with options set in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>A builder for further Ses.Wrapper registrations.</returns>
    public static ISesBuilder AddSes(this IServiceCollection services, Action<SesOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<SesOptions>().Configure(configure);
        return AddSesCore(services);
    }

    private static SesBuilder AddSesCore(IServiceCollection services)
    {
        services.AddOptions<SesOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SesOptions>, SesOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IAmazonSimpleEmailService>(static provider =>
            SesClientFactory.Create(
                provider.GetRequiredService<IOptions<SesOptions>>().Value,
                provider.GetService<AWSOptions>(),
                provider.GetService<ILoggerFactory>()));
        services.TryAddSingleton<ISesService>(static provider => new SesService(
            provider.GetRequiredService<IAmazonSimpleEmailService>(),
            provider.GetRequiredService<IOptions<SesOptions>>(),
            provider.GetService<ILogger<SesService>>(),
            provider.GetService<TimeProvider>()));
        return new SesBuilder(services);
    }
}
