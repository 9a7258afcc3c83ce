using Amazon;
using Amazon.Extensions.NETCore.Setup;
using Amazon.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Ses.Wrapper.SimpleEmail;

namespace Ses.Wrapper.Tests.DependencyInjection;

[TestFixture]
public sealed class SesClientFactoryTests
{
    private string? credentialsFile;

    [TearDown]
    public void TearDown()
    {
        if (credentialsFile is not null)
        {
            File.Delete(credentialsFile);
            credentialsFile = null;
        }
    }

    [Test]
    public void ResolveCredentials_KeyIdAndSecret_ReturnsBasicCredentials()
    {
        var credentials = SesClientFactory.ResolveCredentials(Keys(), awsOptions: null);

        var immutable = credentials!.GetCredentials();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(credentials, Is.TypeOf<BasicAWSCredentials>());
            Assert.That(immutable.AccessKey, Is.EqualTo(DiHarness.AccessKeyId));
            Assert.That(immutable.SecretKey, Is.EqualTo(DiHarness.SecretAccessKey));
            Assert.That(immutable.UseToken, Is.False);
        }
    }

    [Test]
    public void ResolveCredentials_KeyIdSecretAndSessionToken_ReturnsSessionCredentials()
    {
        var options = Keys();
        options.SessionToken = "FwoGZXIvYXdzEXAMPLETOKEN";

        var credentials = SesClientFactory.ResolveCredentials(options, awsOptions: null);

        var immutable = credentials!.GetCredentials();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(credentials, Is.TypeOf<SessionAWSCredentials>());
            Assert.That(immutable.AccessKey, Is.EqualTo(DiHarness.AccessKeyId));
            Assert.That(immutable.Token, Is.EqualTo("FwoGZXIvYXdzEXAMPLETOKEN"));
        }
    }

    [Test]
    public void ResolveCredentials_ExplicitKeys_WinOverAWSOptionsCredentials()
    {
        var aws = new AWSOptions { Credentials = new BasicAWSCredentials("AKIDFROMAWSOPTIONS", "secret-from-aws-options") };

        var credentials = SesClientFactory.ResolveCredentials(Keys(), aws);

        Assert.That(credentials!.GetCredentials().AccessKey, Is.EqualTo(DiHarness.AccessKeyId));
    }

    [Test]
    public void ResolveCredentials_NoneInSesOptions_ReturnsAWSOptionsCredentials()
    {
        var fromAws = new BasicAWSCredentials("AKIDFROMAWSOPTIONS", "secret-from-aws-options");

        var credentials = SesClientFactory.ResolveCredentials(new SesOptions(), new AWSOptions { Credentials = fromAws });

        Assert.That(credentials, Is.SameAs(fromAws));
    }

    [Test]
    public void ResolveCredentials_AWSOptionsWithCredentialsAndProfile_PrefersItsCredentials()
    {
        var fromAws = new BasicAWSCredentials("AKIDFROMAWSOPTIONS", "secret-from-aws-options");
        var aws = new AWSOptions { Credentials = fromAws, Profile = "ses-wrapper-tests-no-such-profile", ProfilesLocation = WriteCredentialsFile("other") };

        var credentials = SesClientFactory.ResolveCredentials(new SesOptions(), aws);

        Assert.That(credentials, Is.SameAs(fromAws));
    }

    [Test]
    public void ResolveCredentials_NothingConfigured_ReturnsNullForTheSdkDefaultChain()
    {
        var credentials = SesClientFactory.ResolveCredentials(new SesOptions(), awsOptions: null);

        Assert.That(credentials, Is.Null);
    }

    [Test]
    public void ResolveCredentials_ProfileInSharedCredentialsFile_ReadsThatProfile()
    {
        var aws = new AWSOptions { ProfilesLocation = WriteCredentialsFile("mail-sender") };

        var credentials = SesClientFactory.ResolveCredentials(new SesOptions { Profile = "mail-sender" }, aws);

        Assert.That(credentials!.GetCredentials().AccessKey, Is.EqualTo("AKIDFROMPROFILEFILE"));
    }

    [Test]
    public void ResolveCredentials_SesProfile_WinsOverAWSOptionsCredentials()
    {
        var aws = new AWSOptions
        {
            Credentials = new BasicAWSCredentials("AKIDFROMAWSOPTIONS", "secret-from-aws-options"),
            ProfilesLocation = WriteCredentialsFile("mail-sender"),
        };

        var credentials = SesClientFactory.ResolveCredentials(new SesOptions { Profile = "mail-sender" }, aws);

        Assert.That(credentials!.GetCredentials().AccessKey, Is.EqualTo("AKIDFROMPROFILEFILE"));
    }

    [Test]
    public void ResolveCredentials_UnknownProfile_ThrowsNamingSesProfile()
    {
        var aws = new AWSOptions { ProfilesLocation = WriteCredentialsFile("other") };

        var ex = Assert.Throws<InvalidOperationException>(() => SesClientFactory.ResolveCredentials(new SesOptions { Profile = "ses-wrapper-tests-no-such-profile" }, aws));

        Assert.That(ex.Message, Does.Contain("Ses:Profile 'ses-wrapper-tests-no-such-profile'"));
    }

    [Test]
    public void ResolveCredentials_AWSOptionsProfile_ReadsThatProfile()
    {
        var aws = new AWSOptions { Profile = "from-aws-section", ProfilesLocation = WriteCredentialsFile("from-aws-section") };

        var credentials = SesClientFactory.ResolveCredentials(new SesOptions(), aws);

        Assert.That(credentials!.GetCredentials().AccessKey, Is.EqualTo("AKIDFROMPROFILEFILE"));
    }

    [Test]
    public void ResolveCredentials_UnknownAWSOptionsProfile_ThrowsNamingAwsProfile()
    {
        var aws = new AWSOptions { Profile = "ses-wrapper-tests-no-such-profile", ProfilesLocation = WriteCredentialsFile("other") };

        var ex = Assert.Throws<InvalidOperationException>(() => SesClientFactory.ResolveCredentials(new SesOptions(), aws));

        Assert.That(ex.Message, Does.Contain("AWS:Profile 'ses-wrapper-tests-no-such-profile'"));
    }

    [Test]
    public void AddSes_AWSOptionsRegistered_ClientUsesItsRegion()
    {
        var services = new ServiceCollection();
        services.AddDefaultAWSOptions(new AWSOptions { Region = RegionEndpoint.EUNorth1, Credentials = new BasicAWSCredentials("AKIDFROMAWSOPTIONS", "secret-from-aws-options") });
        services.AddSes(_ => { });
        using var provider = DiHarness.Build(services);

        var config = provider.GetRequiredService<IAmazonSimpleEmailService>().Config;

        Assert.That(config.RegionEndpoint, Is.EqualTo(RegionEndpoint.EUNorth1));
    }

    [Test]
    public void AddSes_AWSOptionsRegistered_ClientUsesItsCredentials()
    {
        var fromAws = new BasicAWSCredentials("AKIDFROMAWSOPTIONS", "secret-from-aws-options");
        var services = new ServiceCollection();
        services.AddDefaultAWSOptions(new AWSOptions { Region = RegionEndpoint.EUNorth1, Credentials = fromAws });
        services.AddSes(_ => { });
        using var provider = DiHarness.Build(services);

        var client = (AmazonSimpleEmailServiceClient)provider.GetRequiredService<IAmazonSimpleEmailService>();

        Assert.That(DiHarness.ClientCredentials(client), Is.SameAs(fromAws));
    }

    [Test]
    public void AddSes_AWSOptionsAndSesRegion_SesRegionWins()
    {
        var services = new ServiceCollection();
        services.AddDefaultAWSOptions(new AWSOptions { Region = RegionEndpoint.EUNorth1, Credentials = new BasicAWSCredentials("AKIDFROMAWSOPTIONS", "secret-from-aws-options") });
        services.AddSes(o => o.Region = "ca-central-1");
        using var provider = DiHarness.Build(services);

        var config = provider.GetRequiredService<IAmazonSimpleEmailService>().Config;

        Assert.That(config.RegionEndpoint, Is.EqualTo(RegionEndpoint.CACentral1));
    }

    [Test]
    public void CreateConfig_AWSOptionsServiceUrlAndRegion_UsesServiceUrlAndSignsForRegion()
    {
        var aws = new AWSOptions { Region = RegionEndpoint.USWest2, DefaultClientConfig = { ServiceURL = "http://127.0.0.1:4566" } };

        var config = SesClientFactory.CreateConfig(new SesOptions(), aws);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(config.ServiceURL, Does.StartWith("http://127.0.0.1:4566"));
            Assert.That(config.AuthenticationRegion, Is.EqualTo("us-west-2"));
        }
    }

    [Test]
    public void CreateConfig_SesServiceUrl_WinsOverAWSOptionsServiceUrl()
    {
        var aws = new AWSOptions { DefaultClientConfig = { ServiceURL = "http://127.0.0.1:4566" } };

        var config = SesClientFactory.CreateConfig(new SesOptions { ServiceUrl = "http://127.0.0.1:8005" }, aws);

        Assert.That(config.ServiceURL, Does.StartWith("http://127.0.0.1:8005"));
    }

    [Test]
    public void Create_AnyOptions_NeverRetriesStaleConnections()
    {
        using var client = SesClientFactory.Create(Keys(), awsOptions: null);

        Assert.That(client.Config.MaxStaleConnectionRetries, Is.Zero);
    }

    private static SesOptions Keys()
    {
        var options = new SesOptions();
        DiHarness.Valid(options);
        return options;
    }

    private string WriteCredentialsFile(string profile)
    {
        credentialsFile = Path.Combine(Path.GetTempPath(), $"ses-wrapper-tests-{Guid.NewGuid():N}.credentials");
        File.WriteAllText(credentialsFile, $"[{profile}]\naws_access_key_id = AKIDFROMPROFILEFILE\naws_secret_access_key = secret-from-profile-file\n");
        return credentialsFile;
    }
}
