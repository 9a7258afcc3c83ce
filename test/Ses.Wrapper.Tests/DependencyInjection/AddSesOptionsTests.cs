using Amazon;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Ses.Wrapper.SimpleEmail;

namespace Ses.Wrapper.Tests.DependencyInjection;

[TestFixture]
public sealed class AddSesOptionsTests
{
    private static readonly (string Key, string? Value)[] AllSettings =
    [
        ("Ses:Region", "eu-central-1"),
        ("Ses:ServiceUrl", "http://127.0.0.1:8005"),
        ("Ses:DefaultSource", "\"No Reply\" <noreply@example.com>"),
        ("Ses:ConfigurationSetName", "tracking"),
        ("Ses:Timeout", "00:00:30"),
        ("Ses:MaxErrorRetry", "4"),
        ("Ses:SessionToken", "FwoGZXIvYXdzEXAMPLETOKEN"),
    ];

    [Test]
    public void AddSes_ConfigurationRegistered_BindsSesSection()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(DiHarness.ValidConfiguration(AllSettings));
        services.AddSes();
        using var provider = DiHarness.Build(services);

        var options = provider.GetRequiredService<IOptions<SesOptions>>().Value;

        AssertAllSettingsBound(options);
    }

    [Test]
    public void AddSes_ProfileInConfiguration_IsBound()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(DiHarness.Configuration(new Dictionary<string, string?> { ["Ses:Profile"] = "mail-sender" }));
        services.AddSes();
        using var provider = DiHarness.Build(services);

        var options = provider.GetRequiredService<IOptions<SesOptions>>().Value;

        Assert.That(options.Profile, Is.EqualTo("mail-sender"));
    }

    [Test]
    public void AddSes_ConfigurationRegistered_IgnoresOtherSections()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(DiHarness.Configuration(new Dictionary<string, string?>
        {
            ["Other:Region"] = "eu-west-3",
            ["Region"] = "eu-west-2",
            ["AWS:Region"] = "eu-north-1",
        }));
        services.AddSes();
        using var provider = DiHarness.Build(services);

        var options = provider.GetRequiredService<IOptions<SesOptions>>().Value;

        Assert.That(options.Region, Is.Null);
    }

    [Test]
    public void AddSes_ConfigurationSection_BindsThatSection()
    {
        var services = new ServiceCollection();
        services.AddSes(DiHarness.ValidConfiguration(AllSettings).GetSection("Ses"));
        using var provider = DiHarness.Build(services);

        var options = provider.GetRequiredService<IOptions<SesOptions>>().Value;

        AssertAllSettingsBound(options);
    }

    [Test]
    public void AddSes_ConfigurationSectionWithOtherName_BindsThatSection()
    {
        var configuration = DiHarness.Configuration(new Dictionary<string, string?>
        {
            ["Mail:Amazon:Region"] = "ap-southeast-2",
            ["Mail:Amazon:DefaultSource"] = "noreply@example.com",
        });
        var services = new ServiceCollection();
        services.AddSes(configuration.GetSection("Mail:Amazon"));
        using var provider = DiHarness.Build(services);

        var options = provider.GetRequiredService<IOptions<SesOptions>>().Value;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(options.Region, Is.EqualTo("ap-southeast-2"));
            Assert.That(options.DefaultSource, Is.EqualTo("noreply@example.com"));
        }
    }

    [Test]
    public void AddSes_Action_AppliesOptions()
    {
        var services = new ServiceCollection();
        services.AddSes(o =>
        {
            DiHarness.Valid(o);
            o.DefaultSource = "noreply@example.com";
            o.ConfigurationSetName = "tracking";
            o.MaxErrorRetry = 1;
        });
        using var provider = DiHarness.Build(services);

        var options = provider.GetRequiredService<IOptions<SesOptions>>().Value;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(options.Region, Is.EqualTo("eu-west-1"));
            Assert.That(options.DefaultSource, Is.EqualTo("noreply@example.com"));
            Assert.That(options.ConfigurationSetName, Is.EqualTo("tracking"));
            Assert.That(options.MaxErrorRetry, Is.EqualTo(1));
        }
    }

    [Test]
    public void AddSes_ServiceUrlAndRegion_ClientUsesServiceUrlAndSignsForRegion()
    {
        var config = ClientConfigFor(o =>
        {
            o.ServiceUrl = "http://127.0.0.1:8005";
            o.Region = "eu-central-1";
        });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(config.ServiceURL, Does.StartWith("http://127.0.0.1:8005"));
            Assert.That(config.AuthenticationRegion, Is.EqualTo("eu-central-1"));
        }
    }

    [Test]
    public void AddSes_ServiceUrlOnly_ClientLeavesAuthenticationRegionUnset()
    {
        var config = ClientConfigFor(o =>
        {
            o.Region = null;
            o.ServiceUrl = "http://localhost:8005";
        });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(config.ServiceURL, Does.StartWith("http://localhost:8005"));
            Assert.That(config.AuthenticationRegion, Is.Null);
        }
    }

    [Test]
    public void AddSes_RegionOnly_ClientUsesRegionEndpoint()
    {
        var config = ClientConfigFor(o => o.Region = "ap-south-1");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(config.RegionEndpoint, Is.EqualTo(RegionEndpoint.APSouth1));
            Assert.That(config.ServiceURL, Is.Null);
            Assert.That(config.AuthenticationRegion, Is.Null);
        }
    }

    [Test]
    public void AddSes_Timeout_ReachesClient()
    {
        var config = ClientConfigFor(o => o.Timeout = TimeSpan.FromSeconds(12));

        Assert.That(config.Timeout, Is.EqualTo(TimeSpan.FromSeconds(12)));
    }

    [Test]
    public void AddSes_MaxErrorRetry_ReachesClient()
    {
        var config = ClientConfigFor(o => o.MaxErrorRetry = 5);

        Assert.That(config.MaxErrorRetry, Is.EqualTo(5));
    }

    [Test]
    public void AddSes_ZeroMaxErrorRetry_ReachesClient()
    {
        var config = ClientConfigFor(o => o.MaxErrorRetry = 0);

        Assert.That(config.MaxErrorRetry, Is.Zero);
    }

    [Test]
    public void AddSes_NoTimeoutOrMaxErrorRetry_KeepsSdkDefaults()
    {
        var config = ClientConfigFor(_ => { });
        var defaults = new AmazonSimpleEmailServiceConfig();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(config.Timeout, Is.EqualTo(defaults.Timeout));
            Assert.That(config.MaxErrorRetry, Is.EqualTo(defaults.MaxErrorRetry));
        }
    }

    [Test]
    public void AddSes_AnyOptions_ClientNeverRetriesStaleConnections()
    {
        var config = ClientConfigFor(o => o.MaxErrorRetry = 10);

        Assert.That(config.MaxStaleConnectionRetries, Is.Zero);
    }

    [Test]
    public void AddSes_BoundFromConfiguration_ValuesReachClient()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(DiHarness.ValidConfiguration(
            ("Ses:ServiceUrl", "http://127.0.0.1:9001"),
            ("Ses:Region", "us-west-2"),
            ("Ses:Timeout", "00:00:07"),
            ("Ses:MaxErrorRetry", "2")));
        services.AddSes();
        using var provider = DiHarness.Build(services);

        var config = (AmazonSimpleEmailServiceConfig)provider.GetRequiredService<IAmazonSimpleEmailService>().Config;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(config.ServiceURL, Does.StartWith("http://127.0.0.1:9001"));
            Assert.That(config.AuthenticationRegion, Is.EqualTo("us-west-2"));
            Assert.That(config.Timeout, Is.EqualTo(TimeSpan.FromSeconds(7)));
            Assert.That(config.MaxErrorRetry, Is.EqualTo(2));
        }
    }

    private static AmazonSimpleEmailServiceConfig ClientConfigFor(Action<SesOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddSes(o =>
        {
            DiHarness.Valid(o);
            configure(o);
        });
        using var provider = DiHarness.Build(services);
        return (AmazonSimpleEmailServiceConfig)provider.GetRequiredService<IAmazonSimpleEmailService>().Config;
    }

    private static void AssertAllSettingsBound(SesOptions options)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(options.Region, Is.EqualTo("eu-central-1"));
            Assert.That(options.ServiceUrl, Is.EqualTo("http://127.0.0.1:8005"));
            Assert.That(options.AccessKeyId, Is.EqualTo(DiHarness.AccessKeyId));
            Assert.That(options.SecretAccessKey, Is.EqualTo(DiHarness.SecretAccessKey));
            Assert.That(options.SessionToken, Is.EqualTo("FwoGZXIvYXdzEXAMPLETOKEN"));
            Assert.That(options.DefaultSource, Is.EqualTo("\"No Reply\" <noreply@example.com>"));
            Assert.That(options.ConfigurationSetName, Is.EqualTo("tracking"));
            Assert.That(options.Timeout, Is.EqualTo(TimeSpan.FromSeconds(30)));
            Assert.That(options.MaxErrorRetry, Is.EqualTo(4));
        }
    }
}
