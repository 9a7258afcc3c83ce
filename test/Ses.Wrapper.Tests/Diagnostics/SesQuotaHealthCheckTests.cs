using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Moq;

namespace Ses.Wrapper.Tests.Diagnostics;

public class SesQuotaHealthCheckTests
{
    private readonly Mock<ISesService> ses = new();

    [Test]
    public async Task CheckHealth_QuotaHalfUsed_IsHealthyAndSaysHowMuch()
    {
        ses.Setup(s => s.GetSendQuotaAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new SendQuota(50000, 25000, 14));

        var entry = await CheckAsync();

        Assert.Multiple(() =>
        {
            Assert.That(entry.Status, Is.EqualTo(HealthStatus.Healthy));
            Assert.That(entry.Description, Does.Contain("50%").And.Contain("25,000 of 50,000"));
            Assert.That(entry.Data["MaxSendRate"], Is.EqualTo(14d));
        });
    }

    [Test]
    public async Task CheckHealth_QuotaAboveDefaultShare_IsDegradedAndNamesTheThreshold()
    {
        ses.Setup(s => s.GetSendQuotaAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new SendQuota(1000, 850, 1));

        var entry = await CheckAsync();

        Assert.Multiple(() =>
        {
            Assert.That(entry.Status, Is.EqualTo(HealthStatus.Degraded));
            Assert.That(entry.Description, Does.Contain("85%").And.Contain("80%"));
        });
    }

    [Test]
    public async Task CheckHealth_ConfiguredShareNotReached_IsHealthy()
    {
        ses.Setup(s => s.GetSendQuotaAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new SendQuota(1000, 850, 1));

        var entry = await CheckAsync(configure: o => o.DegradedQuotaShare = 0.9);

        Assert.That(entry.Status, Is.EqualTo(HealthStatus.Healthy));
    }

    [Test]
    public async Task CheckHealth_UnlimitedQuota_IsHealthy()
    {
        ses.Setup(s => s.GetSendQuotaAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new SendQuota(-1, 123456, 500));

        var entry = await CheckAsync();

        Assert.Multiple(() =>
        {
            Assert.That(entry.Status, Is.EqualTo(HealthStatus.Healthy));
            Assert.That(entry.Description, Does.Contain("unlimited"));
        });
    }

    [Test]
    public async Task CheckHealth_CredentialsRefused_IsUnhealthyAndSaysWhy()
    {
        ses.Setup(s => s.GetSendQuotaAsync(It.IsAny<CancellationToken>()))
            .ThrowsAsync(new SesException("The security token included in the request is invalid.", SesErrorKind.Authentication, "InvalidClientTokenId", "Sender", "req-1", HttpStatusCode.Forbidden));

        var entry = await CheckAsync();

        Assert.Multiple(() =>
        {
            Assert.That(entry.Status, Is.EqualTo(HealthStatus.Unhealthy));
            Assert.That(entry.Description, Does.Contain("credentials").And.Contain("InvalidClientTokenId"));
            Assert.That(entry.Data["RequestId"], Is.EqualTo("req-1"));
        });
    }

    [Test]
    public async Task CheckHealth_NetworkDown_IsUnhealthyAndSaysSesCouldNotBeReached()
    {
        ses.Setup(s => s.GetSendQuotaAsync(It.IsAny<CancellationToken>()))
            .ThrowsAsync(new SesException("The connection to SES failed: Connection refused", SesErrorKind.Network));

        var entry = await CheckAsync();

        Assert.Multiple(() =>
        {
            Assert.That(entry.Status, Is.EqualTo(HealthStatus.Unhealthy));
            Assert.That(entry.Description, Does.Contain("could not be reached"));
        });
    }

    [Test]
    public async Task CheckHealth_NetworkDownWithDegradedFailureStatus_IsDegraded()
    {
        ses.Setup(s => s.GetSendQuotaAsync(It.IsAny<CancellationToken>()))
            .ThrowsAsync(new SesException("SES did not answer in time.", SesErrorKind.Timeout));

        var entry = await CheckAsync(failureStatus: HealthStatus.Degraded);

        Assert.That(entry.Status, Is.EqualTo(HealthStatus.Degraded));
    }

    [Test]
    public void AddSesQuota_ShareAboveOne_ThrowsNamingConfigure()
    {
        var builder = new ServiceCollection().AddHealthChecks();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddSesQuota(configure: o => o.DegradedQuotaShare = 1.5));

        Assert.That(error!.ParamName, Is.EqualTo("configure"));
    }

    [Test]
    public void AddSesQuota_NullBuilder_ThrowsNamingBuilder()
    {
        var error = Assert.Throws<ArgumentNullException>(() => SesHealthChecksBuilderExtensions.AddSesQuota(null!));

        Assert.That(error!.ParamName, Is.EqualTo("builder"));
    }

    private async Task<HealthReportEntry> CheckAsync(Action<Ses.Wrapper.Diagnostics.SesHealthCheckOptions>? configure = null, HealthStatus? failureStatus = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(ses.Object);
        services.AddSes(o => o.Region = "us-east-1");
        services.AddHealthChecks().AddSesQuota(configure: configure, failureStatus: failureStatus);
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        return report.Entries["ses"];
    }
}
