using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Ses.Wrapper.Tests.DependencyInjection;

[TestFixture]
public sealed class HostStartupTests
{
    [Test]
    public void StartAsync_InvalidServiceUrl_ThrowsOptionsValidationExceptionNamingServiceUrl()
    {
        using var host = BuildHost(("Ses:ServiceUrl", "localhost:8005"));

        var ex = Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.That(ex.Message, Does.Contain("Ses:ServiceUrl"));
    }

    [Test]
    public async Task StartAsync_ValidSettings_StartsWithBoundOptions()
    {
        using var host = BuildHost(("Ses:ServiceUrl", "http://127.0.0.1:8005"), ("Ses:DefaultSource", "noreply@example.com"));

        await host.StartAsync();
        var service = host.Services.GetRequiredService<ISesService>();
        var options = host.Services.GetRequiredService<IOptions<SesOptions>>().Value;
        await host.StopAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(service, Is.InstanceOf<SesService>());
            Assert.That(options.ServiceUrl, Is.EqualTo("http://127.0.0.1:8005"));
            Assert.That(options.DefaultSource, Is.EqualTo("noreply@example.com"));
        }
    }

    private static IHost BuildHost(params (string Key, string? Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            EnvironmentName = Environments.Development,
            ContentRootPath = TestContext.CurrentContext.TestDirectory,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ses:Region"] = "eu-west-1",
            ["Ses:AccessKeyId"] = DiHarness.AccessKeyId,
            ["Ses:SecretAccessKey"] = DiHarness.SecretAccessKey,
        });
        builder.Configuration.AddInMemoryCollection(settings.ToDictionary(s => s.Key, s => s.Value, StringComparer.OrdinalIgnoreCase));
        builder.Services.AddSes();
        return builder.Build();
    }
}
