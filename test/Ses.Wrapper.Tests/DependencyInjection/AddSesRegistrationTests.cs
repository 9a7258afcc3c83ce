using Amazon.Runtime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Moq;
using Ses.Wrapper.SimpleEmail;
using Ses.Wrapper.SimpleEmail.Model;

namespace Ses.Wrapper.Tests.DependencyInjection;

[TestFixture]
public sealed class AddSesRegistrationTests
{
    public static IEnumerable<TestCaseData> Overloads()
    {
        yield return Case("AddSes()", services =>
        {
            services.AddSingleton<IConfiguration>(DiHarness.ValidConfiguration());
            return services.AddSes();
        });
        yield return Case("AddSes(IConfiguration)", services => services.AddSes(DiHarness.ValidConfiguration().GetSection("Ses")));
        yield return Case("AddSes(Action<SesOptions>)", services => services.AddSes(DiHarness.Valid));

        static TestCaseData Case(string name, Func<IServiceCollection, ISesBuilder> register) => new TestCaseData(register).SetArgDisplayNames(name);
    }

    [TestCaseSource(nameof(Overloads))]
    public void AddSes_AnyOverload_RegistersSesServiceAsSingleton(Func<IServiceCollection, ISesBuilder> register)
    {
        var services = new ServiceCollection();

        register(services);

        Assert.That(services.Where(d => d.ServiceType == typeof(ISesService)).Select(d => d.Lifetime), Is.EqualTo(new[] { ServiceLifetime.Singleton }));
    }

    [TestCaseSource(nameof(Overloads))]
    public void AddSes_AnyOverload_RegistersClientAsSingleton(Func<IServiceCollection, ISesBuilder> register)
    {
        var services = new ServiceCollection();

        register(services);

        Assert.That(services.Where(d => d.ServiceType == typeof(IAmazonSimpleEmailService)).Select(d => d.Lifetime), Is.EqualTo(new[] { ServiceLifetime.Singleton }));
    }

    [TestCaseSource(nameof(Overloads))]
    public void AddSes_AnyOverload_ResolvesOneSesServiceFromRootAndScopes(Func<IServiceCollection, ISesBuilder> register)
    {
        var services = new ServiceCollection();
        register(services);
        using var provider = DiHarness.Build(services);

        var root = provider.GetRequiredService<ISesService>();
        using var scope = provider.CreateScope();
        var scoped = scope.ServiceProvider.GetRequiredService<ISesService>();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(root, Is.InstanceOf<SesService>());
            Assert.That(scoped, Is.SameAs(root));
        }
    }

    [TestCaseSource(nameof(Overloads))]
    public void AddSes_AnyOverload_ResolvesOneClient(Func<IServiceCollection, ISesBuilder> register)
    {
        var services = new ServiceCollection();
        register(services);
        using var provider = DiHarness.Build(services);

        var first = provider.GetRequiredService<IAmazonSimpleEmailService>();
        var second = provider.GetRequiredService<IAmazonSimpleEmailService>();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first, Is.InstanceOf<AmazonSimpleEmailServiceClient>());
            Assert.That(second, Is.SameAs(first));
        }
    }

    [TestCaseSource(nameof(Overloads))]
    public void AddSes_AnyOverload_ReturnsBuilderOverTheSameCollection(Func<IServiceCollection, ISesBuilder> register)
    {
        var services = new ServiceCollection();

        var builder = register(services);

        Assert.That(builder.Services, Is.SameAs(services));
    }

    [TestCaseSource(nameof(Overloads))]
    public void AddSes_AnyOverload_RegistersStartupValidationOfSesOptions(Func<IServiceCollection, ISesBuilder> register)
    {
        var services = new ServiceCollection();
        register(services);
        using var provider = DiHarness.Build(services);

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.That(provider.GetRequiredService<IOptions<SesOptions>>().Value.Region, Is.EqualTo("eu-west-1"));
    }

    [Test]
    public void AddSes_CalledTwice_RegistersOneSesServiceOneClientAndOneValidator()
    {
        var services = new ServiceCollection();

        services.AddSes(DiHarness.Valid);
        services.AddSes(DiHarness.Valid);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(services.Count(d => d.ServiceType == typeof(ISesService)), Is.EqualTo(1));
            Assert.That(services.Count(d => d.ServiceType == typeof(IAmazonSimpleEmailService)), Is.EqualTo(1));
            Assert.That(services.Count(d => d.ServiceType == typeof(IValidateOptions<SesOptions>)), Is.EqualTo(1));
        }
    }

    [Test]
    public void AddSes_CalledTwiceWithDifferentOverloads_ResolvesOneService()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(DiHarness.ValidConfiguration());
        services.AddSes();
        services.AddSes(o => o.DefaultSource = "noreply@example.com");
        using var provider = DiHarness.Build(services);

        var options = provider.GetRequiredService<IOptions<SesOptions>>().Value;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(provider.GetServices<ISesService>().Count(), Is.EqualTo(1));
            Assert.That(options.Region, Is.EqualTo("eu-west-1"));
            Assert.That(options.DefaultSource, Is.EqualTo("noreply@example.com"));
        }
    }

    [Test]
    public void AddSes_MockSesServiceRegisteredFirst_MockWins()
    {
        var mock = new Mock<ISesService>();
        var services = new ServiceCollection();
        services.AddSingleton(mock.Object);

        services.AddSes(DiHarness.Valid);
        using var provider = DiHarness.Build(services);

        Assert.That(provider.GetRequiredService<ISesService>(), Is.SameAs(mock.Object));
    }

    [Test]
    public void AddSes_MockClientRegisteredFirst_MockWins()
    {
        var mock = new Mock<IAmazonSimpleEmailService>();
        var services = new ServiceCollection();
        services.AddSingleton(mock.Object);

        services.AddSes(DiHarness.Valid);
        using var provider = DiHarness.Build(services);

        Assert.That(provider.GetRequiredService<IAmazonSimpleEmailService>(), Is.SameAs(mock.Object));
    }

    [Test]
    public async Task AddSes_MockClientRegisteredFirst_SesServiceCallsTheMock()
    {
        var mock = new Mock<IAmazonSimpleEmailService>();
        mock.Setup(c => c.GetSendQuotaAsync(It.IsAny<GetSendQuotaRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new GetSendQuotaResponse { Max24HourSend = 200, SentLast24Hours = 7, MaxSendRate = 1 });
        var services = new ServiceCollection();
        services.AddSingleton(mock.Object);
        services.AddSes(o => o.Region = "us-east-1");
        using var provider = DiHarness.Build(services);

        var quota = await provider.GetRequiredService<ISesService>().GetSendQuotaAsync();

        Assert.That(quota, Is.EqualTo(new SendQuota(200, 7, 1)));
    }

    [Test]
    public void AddSes_OwnTimeProviderRegisteredFirst_KeepsIt()
    {
        var own = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(own);

        services.AddSes(DiHarness.Valid);
        using var provider = DiHarness.Build(services);

        Assert.That(provider.GetRequiredService<TimeProvider>(), Is.SameAs(own));
    }

    [Test]
    public void AddSes_NoConfigurationRegistered_UsesDefaultOptions()
    {
        var services = new ServiceCollection();
        services.AddSes();
        using var provider = DiHarness.Build(services);

        provider.GetRequiredService<IStartupValidator>().Validate();
        var options = provider.GetRequiredService<IOptions<SesOptions>>().Value;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(options.Region, Is.Null);
            Assert.That(options.ServiceUrl, Is.Null);
            Assert.That(options.AccessKeyId, Is.Null);
        }
    }

    [Test]
    public void AddSes_NullServices_ThrowsNamingServices()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => SesServiceCollectionExtensions.AddSes(null!));

        Assert.That(ex.ParamName, Is.EqualTo("services"));
    }

    [Test]
    public void AddSesConfiguration_NullServices_ThrowsNamingServices()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => SesServiceCollectionExtensions.AddSes(null!, DiHarness.ValidConfiguration()));

        Assert.That(ex.ParamName, Is.EqualTo("services"));
    }

    [Test]
    public void AddSesAction_NullServices_ThrowsNamingServices()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => SesServiceCollectionExtensions.AddSes(null!, DiHarness.Valid));

        Assert.That(ex.ParamName, Is.EqualTo("services"));
    }

    [Test]
    public void AddSes_NullConfiguration_ThrowsNamingConfiguration()
    {
        var services = new ServiceCollection();

        var ex = Assert.Throws<ArgumentNullException>(() => services.AddSes((IConfiguration)null!));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.ParamName, Is.EqualTo("configuration"));
            Assert.That(services, Is.Empty);
        }
    }

    [Test]
    public void AddSes_NullConfigure_ThrowsNamingConfigure()
    {
        var services = new ServiceCollection();

        var ex = Assert.Throws<ArgumentNullException>(() => services.AddSes((Action<SesOptions>)null!));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.ParamName, Is.EqualTo("configure"));
            Assert.That(services, Is.Empty);
        }
    }

    [Test]
    public void AddSes_ExplicitKeys_ClientUsesThemAsBasicCredentials()
    {
        var services = new ServiceCollection();
        services.AddSes(DiHarness.Valid);
        using var provider = DiHarness.Build(services);

        var client = (AmazonSimpleEmailServiceClient)provider.GetRequiredService<IAmazonSimpleEmailService>();

        Assert.That(DiHarness.ClientCredentials(client), Is.TypeOf<BasicAWSCredentials>());
    }
}
