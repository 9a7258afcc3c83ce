using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Ses.Wrapper.HardeningTests.TestSupport;

namespace Ses.Wrapper.HardeningTests.BadInput;

/// <summary>
/// Bad options are refused at start-up by the real validator (<see cref="IStartupValidator"/>) with an
/// <see cref="OptionsValidationException"/> naming the setting, never echoing a secret, and no service can be built to
/// send anything.
/// </summary>
[TestFixture]
public sealed class OptionsBadInputTests
{
    [TestCaseSource(typeof(OptionsCases), nameof(OptionsCases.Invalid))]
    public async Task AddSes_BadOption_IsRefusedAtStartNamingTheSettingAndSendsNothing(Action<SesOptions> spoil, string setting)
    {
        await using var server = new RawHttpServer(x => x.RespondAsync(200, SesXml.GetSendQuota));
        var services = new ServiceCollection();
        services.AddSes(o =>
        {
            o.ServiceUrl = server.Url.AbsoluteUri;
            o.Region = "us-east-1";
            o.AccessKeyId = SesHost.AccessKeyId;
            o.SecretAccessKey = SesHost.SecretAccessKey;
            o.DefaultSource = SesHost.Sender;
            spoil(o);
        });
        await using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error!.Message, Does.Contain(setting));
            Assert.That(error.Message, Does.Not.Contain(SesHost.SecretAccessKey));
            Assert.That(() => provider.GetRequiredService<ISesService>(), Throws.InstanceOf<OptionsValidationException>());
            Assert.That(server.RequestCount, Is.Zero);
        }
    }

    [Test]
    public async Task AddSes_ValidOptions_PassStartValidation()
    {
        await using var server = new RawHttpServer(x => x.RespondAsync(200, SesXml.GetSendQuota));
        using var host = new SesHost(server.Url, TimeSpan.FromSeconds(5), configure: o =>
        {
            o.SessionToken = "FwoGZXIvYXdzEBYaDH/session+token==";
            o.ConfigurationSetName = "transactional-mail_1";
            o.Bulk.MaxSendRate = 14;
            o.Bulk.SafetyMargin = 0.9;
            o.Bulk.MaxConcurrency = 1;
            o.Bulk.MaxThrottleRetries = 0;
        });

        var quota = await host.Ses.GetSendQuotaAsync();

        Assert.That(quota.MaxSendRate, Is.EqualTo(14.0));
    }
}
