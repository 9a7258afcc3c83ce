using Microsoft.Extensions.DependencyInjection;
using Ses.Wrapper.SimpleEmail;

namespace Ses.Wrapper.IntegrationTests;

/// <summary>Ses.Wrapper registered with <c>AddSes(...)</c> and pointed at the emulator, as an application would.</summary>
public sealed class EmulatorClients : IDisposable
{
    /// <summary>A dummy access key id: the emulator only checks that requests are signed.</summary>
    public const string AccessKeyId = "AKIAEMULATOREXAMPLE1";

    /// <summary>The default sender configured for the tests.</summary>
    public const string DefaultSource = "default-sender@example.com";

    private readonly ServiceProvider provider;

    /// <summary>Builds the service provider for the emulator at <paramref name="serviceUrl"/>.</summary>
    public EmulatorClients(Uri serviceUrl)
    {
        var services = new ServiceCollection();
        services.AddSes(o =>
        {
            o.ServiceUrl = serviceUrl.ToString().TrimEnd('/');
            o.Region = "us-east-1";
            o.AccessKeyId = AccessKeyId;
            o.SecretAccessKey = "emulator-dummy-secret";
            o.DefaultSource = DefaultSource;
            // The emulator answers only SendEmail/SendRawEmail; anything else would hang without a short timeout.
            o.Timeout = TimeSpan.FromSeconds(10);
            o.MaxErrorRetry = 0;
        });
        provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>The facade.</summary>
    public ISesService Ses => provider.GetRequiredService<ISesService>();

    /// <summary>The SES API client under the facade.</summary>
    public IAmazonSimpleEmailService Client => provider.GetRequiredService<IAmazonSimpleEmailService>();

    /// <inheritdoc />
    public void Dispose() => provider.Dispose();
}
