using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ses.Wrapper.Tests.DependencyInjection;

[TestFixture]
public sealed class SesOptionsValidationTests
{
    private const string Secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzVALIDATIONSECRET";

    public static IEnumerable<TestCaseData> InvalidCases()
    {
        yield return Case("Ses:ServiceUrl", "no scheme", o => o.ServiceUrl = "localhost:8005");
        yield return Case("Ses:ServiceUrl", "relative", o => o.ServiceUrl = "/ses");
        yield return Case("Ses:ServiceUrl", "ftp", o => o.ServiceUrl = "ftp://127.0.0.1:8005");
        yield return Case("Ses:ServiceUrl", "file", o => o.ServiceUrl = "file:///tmp/ses");
        yield return Case("Ses:ServiceUrl", "garbage", o => o.ServiceUrl = "not a url");
        yield return Case("Ses:Region", "upper case", o => o.Region = "US-EAST-1");
        yield return Case("Ses:Region", "no dashes", o => o.Region = "useast1");
        yield return Case("Ses:Region", "underscores", o => o.Region = "us_east_1");
        yield return Case("Ses:Region", "display name", o => o.Region = "US East (N. Virginia)");
        yield return Case("Ses:Region", "trailing space", o => o.Region = "us-east-1 ");
        yield return Case("Ses:SecretAccessKey", "secret without key id", o =>
        {
            o.AccessKeyId = null;
            o.SecretAccessKey = Secret;
        });
        yield return Case("Ses:AccessKeyId", "key id without secret", o => o.SecretAccessKey = null);
        yield return Case("Ses:SessionToken", "session token alone", o =>
        {
            o.AccessKeyId = null;
            o.SecretAccessKey = null;
            o.SessionToken = "FwoGZXIvYXdzEXAMPLETOKEN";
        });
        yield return Case("Ses:Profile", "profile and keys", o => o.Profile = "default");
        yield return Case("Ses:Timeout", "zero", o => o.Timeout = TimeSpan.Zero);
        yield return Case("Ses:Timeout", "negative", o => o.Timeout = TimeSpan.FromSeconds(-1));
        yield return Case("Ses:Timeout", "over an hour", o => o.Timeout = TimeSpan.FromHours(2));
        yield return Case("Ses:MaxErrorRetry", "11", o => o.MaxErrorRetry = 11);
        yield return Case("Ses:MaxErrorRetry", "-1", o => o.MaxErrorRetry = -1);
        yield return Case("Ses:DefaultSource", "not an address", o => o.DefaultSource = "not-an-address");
        yield return Case("Ses:DefaultSource", "display name without address", o => o.DefaultSource = "No Reply <noreply>");
        yield return Case("Ses:DefaultSource", "line break", o => o.DefaultSource = "noreply@example.com\r\nBcc: x@example.com");

        static TestCaseData Case(string setting, string name, Action<SesOptions> change) =>
            new TestCaseData(change, setting).SetArgDisplayNames(setting, name);
    }

    public static IEnumerable<TestCaseData> ValidCases()
    {
        yield return Case("https regional URL", o => o.ServiceUrl = "https://email.eu-west-1.amazonaws.com");
        yield return Case("http emulator", o => o.ServiceUrl = "http://127.0.0.1:8005/");
        yield return Case("GovCloud region", o => o.Region = "us-gov-west-1");
        yield return Case("MaxErrorRetry 0", o => o.MaxErrorRetry = 0);
        yield return Case("MaxErrorRetry 10", o => o.MaxErrorRetry = 10);
        yield return Case("Timeout one hour", o => o.Timeout = TimeSpan.FromHours(1));
        yield return Case("Timeout 1 ms", o => o.Timeout = TimeSpan.FromMilliseconds(1));
        yield return Case("session credentials", o => o.SessionToken = "FwoGZXIvYXdzEXAMPLETOKEN");
        yield return Case("DefaultSource with display name", o => o.DefaultSource = "\"No Reply\" <noreply@example.com>");
        yield return Case("profile without keys", o =>
        {
            o.AccessKeyId = null;
            o.SecretAccessKey = null;
            o.Profile = "mail-sender";
        });

        static TestCaseData Case(string name, Action<SesOptions> change) => new TestCaseData(change).SetArgDisplayNames(name);
    }

    [TestCaseSource(nameof(InvalidCases))]
    public void StartupValidation_InvalidSetting_ThrowsNamingTheSetting(Action<SesOptions> change, string setting)
    {
        using var provider = ProviderWith(change);

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.Message, Does.Contain(setting));
            Assert.That(ex.OptionsType, Is.EqualTo(typeof(SesOptions)));
        }
    }

    [TestCaseSource(nameof(ValidCases))]
    public void StartupValidation_ValidSetting_PassesAndKeepsValue(Action<SesOptions> change)
    {
        var expected = new SesOptions();
        DiHarness.Valid(expected);
        change(expected);
        using var provider = ProviderWith(change);

        provider.GetRequiredService<IStartupValidator>().Validate();
        var options = provider.GetRequiredService<IOptions<SesOptions>>().Value;

        Assert.That(options.ToString(), Is.EqualTo(expected.ToString()));
    }

    [Test]
    public void StartupValidation_InvalidServiceUrl_MessageShowsTheValue()
    {
        using var provider = ProviderWith(o => o.ServiceUrl = "localhost:8005");

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.That(ex.Message, Does.Contain("Ses:ServiceUrl 'localhost:8005'"));
    }

    [Test]
    public void StartupValidation_SecretWithoutKeyId_MessageHasNoSecret()
    {
        using var provider = ProviderWith(o =>
        {
            o.AccessKeyId = null;
            o.SecretAccessKey = Secret;
            o.SessionToken = "FwoGZXIvYXdzVALIDATIONTOKEN";
        });

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.ToString(), Does.Not.Contain(Secret));
            Assert.That(ex.ToString(), Does.Not.Contain("FwoGZXIvYXdzVALIDATIONTOKEN"));
        }
    }

    [Test]
    public void StartupValidation_SeveralInvalidSettings_NamesEachOfThem()
    {
        using var provider = ProviderWith(o =>
        {
            o.ServiceUrl = "ftp://example.com";
            o.Region = "Europe";
            o.MaxErrorRetry = 11;
        });

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.That(ex.Failures, Has.Some.Contains("Ses:ServiceUrl").And.Some.Contains("Ses:Region").And.Some.Contains("Ses:MaxErrorRetry"));
    }

    [Test]
    public void StartupValidation_InvalidValueFromConfiguration_NamesTheSetting()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(DiHarness.ValidConfiguration(("Ses:Timeout", "-00:00:05")));
        services.AddSes();
        using var provider = DiHarness.Build(services);

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.That(ex.Message, Does.Contain("Ses:Timeout"));
    }

    [Test]
    public void ResolvingSesService_InvalidOptions_ThrowsOptionsValidationException()
    {
        using var provider = ProviderWith(o => o.Region = "nowhere");

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ISesService>());

        Assert.That(ex.Message, Does.Contain("Ses:Region"));
    }

    private static ServiceProvider ProviderWith(Action<SesOptions> change)
    {
        var services = new ServiceCollection();
        services.AddSes(o =>
        {
            DiHarness.Valid(o);
            change(o);
        });
        return DiHarness.Build(services);
    }
}
