namespace Ses.Wrapper.Tests.Facade;

[TestFixture]
public sealed class SesOptionsTests
{
    private const string Secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzTOSTRING";
    private const string SessionToken = "FwoGZXIvYXdzEXAMPLETOSTRINGTOKEN";

    [Test]
    public void ToString_WithSecrets_HidesSecretAccessKey()
    {
        var text = Full().ToString();

        Assert.That(text, Does.Not.Contain(Secret));
    }

    [Test]
    public void ToString_WithSecrets_HidesSessionToken()
    {
        var text = Full().ToString();

        Assert.That(text, Does.Not.Contain(SessionToken));
    }

    [Test]
    public void ToString_WithSecrets_ShowsMasks()
    {
        var text = Full().ToString();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text, Does.Contain("SecretAccessKey = ***"));
            Assert.That(text, Does.Contain("SessionToken = ***"));
        }
    }

    [Test]
    public void ToString_WithSecrets_ShowsTheOtherSettings()
    {
        var text = Full().ToString();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text, Does.Contain("Region = eu-west-1"));
            Assert.That(text, Does.Contain("ServiceUrl = http://127.0.0.1:8005"));
            Assert.That(text, Does.Contain("AccessKeyId = AKIDEXAMPLE"));
            Assert.That(text, Does.Contain("DefaultSource = noreply@example.com"));
            Assert.That(text, Does.Contain("ConfigurationSetName = tracking"));
            Assert.That(text, Does.Contain("MaxErrorRetry = 3"));
        }
    }

    [Test]
    public void ToString_WithoutSecrets_ShowsNoMask()
    {
        var text = new SesOptions { Region = "us-east-1" }.ToString();

        Assert.That(text, Does.Not.Contain("***"));
    }

    [Test]
    public void SectionName_IsSes()
    {
        Assert.That(SesOptions.SectionName, Is.EqualTo("Ses"));
    }

    private static SesOptions Full() => new()
    {
        Region = "eu-west-1",
        ServiceUrl = "http://127.0.0.1:8005",
        AccessKeyId = "AKIDEXAMPLE",
        SecretAccessKey = Secret,
        SessionToken = SessionToken,
        DefaultSource = "noreply@example.com",
        ConfigurationSetName = "tracking",
        Timeout = TimeSpan.FromSeconds(20),
        MaxErrorRetry = 3,
    };
}
