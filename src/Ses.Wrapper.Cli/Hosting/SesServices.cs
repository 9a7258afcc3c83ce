using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ses.Wrapper.Diagnostics;
using Ses.Wrapper.Cli.Logging;

namespace Ses.Wrapper.Cli.Hosting;

/// <summary>Builds the services of one command: the caller's registrations first, then logging and <c>AddSes</c>.</summary>
internal static class SesServices
{
    /// <summary>The logger category of the library's SES API layer, whose request logs <c>--verbose</c> shows.</summary>
    public const string RequestLogCategory = SesTelemetry.RequestLoggerCategory;

    /// <summary>The prefix of every logger category of the library.</summary>
    public const string LibraryCategoryPrefix = "Ses.Wrapper";

    /// <summary>Builds the provider and checks the options (a bad region or URL fails here, before any request).</summary>
    /// <exception cref="OptionsValidationException">The settings are invalid.</exception>
    public static ServiceProvider Build(ConnectionSettings settings, CliEnvironment environment, bool verbose)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(environment);
        var services = new ServiceCollection();
        environment.ConfigureServices?.Invoke(services);
        if (verbose)
        {
            services.AddLogging(logging => logging
                .ClearProviders()
                .SetMinimumLevel(LogLevel.Warning)
                .AddFilter(LibraryCategoryPrefix, LogLevel.Debug)
                .AddFilter(RequestLogCategory, LogLevel.Debug)
                .AddProvider(new StderrLoggerProvider(environment.Stderr)));
        }

        services.AddSes(settings.Apply);
        var provider = services.BuildServiceProvider();
        try
        {
            _ = provider.GetRequiredService<IOptions<SesOptions>>().Value;
        }
        catch
        {
            provider.Dispose();
            throw;
        }

        return provider;
    }
}
