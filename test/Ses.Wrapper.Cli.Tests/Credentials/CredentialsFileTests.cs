using Ses.Wrapper.Cli.Credentials;
using Ses.Wrapper.Cli.Tests.TestSupport;

namespace Ses.Wrapper.Cli.Tests.Credentials;

public class CredentialsFileTests
{
    [Test]
    public void ToString_WithSecretAndToken_ShowsNeither()
    {
        var file = new CredentialsFile("creds", TestCredentials.AccessKeyId, TestCredentials.SecretKey, TestCredentials.SessionToken, "us-east-1");

        var text = file.ToString();

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Not.Contain(TestCredentials.SecretKey));
            Assert.That(text, Does.Not.Contain(TestCredentials.SessionToken));
            Assert.That(text, Does.Contain(TestCredentials.AccessKeyId));
        });
    }
}
