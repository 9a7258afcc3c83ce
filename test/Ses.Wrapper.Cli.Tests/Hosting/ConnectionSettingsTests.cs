using Ses.Wrapper.Cli.Credentials;
using Ses.Wrapper.Cli.Hosting;
using Ses.Wrapper.Cli.Tests.TestSupport;

namespace Ses.Wrapper.Cli.Tests.Hosting;

public class ConnectionSettingsTests
{
    [Test]
    public void ToString_WithCredentialsFile_ShowsNoSecret()
    {
        var file = new CredentialsFile("creds", TestCredentials.AccessKeyId, TestCredentials.SecretKey, TestCredentials.SessionToken, null);
        var settings = new ConnectionSettings(file, null, "us-east-1", null);

        Assert.Multiple(() =>
        {
            Assert.That(settings.ToString(), Does.Not.Contain(TestCredentials.SecretKey));
            Assert.That(settings.ToString(), Does.Not.Contain(TestCredentials.SessionToken));
        });
    }

    [Test]
    public void Apply_WithoutFile_LeavesCredentialsUnset()
    {
        var options = new SesOptions();

        new ConnectionSettings(null, "prod", "eu-west-1", "http://127.0.0.1:1").Apply(options);

        Assert.That((options.AccessKeyId, options.SecretAccessKey, options.Profile, options.Region, options.ServiceUrl), Is.EqualTo(((string?)null, (string?)null, "prod", "eu-west-1", "http://127.0.0.1:1")));
    }

    [Test]
    public void Apply_NullOptions_ThrowsNamingOptions()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new ConnectionSettings(null, null, null, null).Apply(null!));

        Assert.That(ex!.ParamName, Is.EqualTo("options"));
    }
}
