namespace Ses.Wrapper.HardeningTests.BadInput;

/// <summary>Options refused at start-up: (name, spoil, the setting the message must name).</summary>
internal static class OptionsCases
{
    public static IEnumerable<TestCaseData> Invalid()
    {
        foreach (var region in new[] { "US-EAST-1", "us_east_1", "useast1", "us-east", "", " ", "us-east-1 ", "us-east-1\n", "mars-north-1", "../../etc/passwd", "us-east-1.evil.example" })
        {
            yield return Case("Region " + Show(region), o => o.Region = region, "Ses:Region");
        }

        foreach (var url in new[]
        {
            "not a url", "ftp://127.0.0.1/", "file:///etc/passwd", "http://", "/relative/path", "", "   ", "127.0.0.1:8005",
            "javascript:alert(1)", "mailto:ses@example.com", "http://exa mple.com/", "http://user:password@127.0.0.1:8005/",
            "http://127.0.0.1:8005/?Action=DeleteIdentity", "http://127.0.0.1:8005/#fragment",
        })
        {
            yield return Case("ServiceUrl " + Show(url), o => o.ServiceUrl = url, "Ses:ServiceUrl");
        }

        foreach (var (name, timeout) in new[]
        {
            ("zero", TimeSpan.Zero), ("negative", TimeSpan.FromSeconds(-1)), ("infinite", Timeout.InfiniteTimeSpan),
            ("over an hour", TimeSpan.FromHours(1) + TimeSpan.FromTicks(1)), ("minimum", TimeSpan.MinValue), ("maximum", TimeSpan.MaxValue),
        })
        {
            yield return Case("Timeout " + name, o => o.Timeout = timeout, "Ses:Timeout");
        }

        foreach (var retries in new[] { -1, 11, int.MaxValue, int.MinValue })
        {
            yield return Case("MaxErrorRetry " + retries, o => o.MaxErrorRetry = retries, "Ses:MaxErrorRetry");
        }

        yield return Case("secret without key id", o => o.AccessKeyId = null, "Ses:AccessKeyId");
        yield return Case("key id without secret", o => o.SecretAccessKey = null, "Ses:SecretAccessKey");
        yield return Case("session token without keys", o =>
        {
            o.AccessKeyId = null;
            o.SecretAccessKey = null;
            o.SessionToken = "token";
        }, "Ses:SessionToken");
        yield return Case("profile and keys", o => o.Profile = "default", "Ses:Profile");
        yield return Case("key id whitespace", o => o.AccessKeyId = "   ", "Ses:AccessKeyId");
        yield return Case("key id with CRLF", o => o.AccessKeyId = "AKID\r\nX-Injected: 1", "Ses:AccessKeyId");
        yield return Case("key id with space", o => o.AccessKeyId = "AKID EXAMPLE", "Ses:AccessKeyId");
        yield return Case("secret whitespace", o => o.SecretAccessKey = "   ", "Ses:SecretAccessKey");
        yield return Case("secret with newline", o => o.SecretAccessKey = "secret\nkey", "Ses:SecretAccessKey");
        yield return Case("session token with newline", o => o.SessionToken = "token\r\nX-Injected: 1", "Ses:SessionToken");
        yield return Case("DefaultSource not an address", o => o.DefaultSource = "not-an-address", "Ses:DefaultSource");
        yield return Case("DefaultSource CRLF", o => o.DefaultSource = "sender@example.com\r\nBcc: victim@example.com", "Ses:DefaultSource");
        yield return Case("DefaultSource empty", o => o.DefaultSource = string.Empty, "Ses:DefaultSource");
        yield return Case("DefaultSource non-ASCII local part", o => o.DefaultSource = "jörg@example.com", "Ses:DefaultSource");
        yield return Case("ConfigurationSetName with space", o => o.ConfigurationSetName = "my set", "Ses:ConfigurationSetName");
        yield return Case("ConfigurationSetName empty", o => o.ConfigurationSetName = string.Empty, "Ses:ConfigurationSetName");
        yield return Case("ConfigurationSetName of 65 characters", o => o.ConfigurationSetName = new string('c', 65), "Ses:ConfigurationSetName");
        yield return Case("MaxRawMessageSize zero", o => o.MaxRawMessageSize = 0, "Ses:MaxRawMessageSize");
        yield return Case("MaxRawMessageSize negative", o => o.MaxRawMessageSize = -1, "Ses:MaxRawMessageSize");
        yield return Case("Bulk MaxSendRate zero", o => o.Bulk.MaxSendRate = 0, "Ses:Bulk:MaxSendRate");
        yield return Case("Bulk MaxSendRate negative", o => o.Bulk.MaxSendRate = -5, "Ses:Bulk:MaxSendRate");
        yield return Case("Bulk MaxSendRate NaN", o => o.Bulk.MaxSendRate = double.NaN, "Ses:Bulk:MaxSendRate");
        yield return Case("Bulk MaxSendRate infinite", o => o.Bulk.MaxSendRate = double.PositiveInfinity, "Ses:Bulk:MaxSendRate");
        yield return Case("Bulk SafetyMargin negative", o => o.Bulk.SafetyMargin = -0.1, "Ses:Bulk:SafetyMargin");
        yield return Case("Bulk SafetyMargin above 0.9", o => o.Bulk.SafetyMargin = 0.95, "Ses:Bulk:SafetyMargin");
        yield return Case("Bulk SafetyMargin NaN", o => o.Bulk.SafetyMargin = double.NaN, "Ses:Bulk:SafetyMargin");
        yield return Case("Bulk MaxConcurrency zero", o => o.Bulk.MaxConcurrency = 0, "Ses:Bulk:MaxConcurrency");
        yield return Case("Bulk MaxConcurrency negative", o => o.Bulk.MaxConcurrency = -1, "Ses:Bulk:MaxConcurrency");
        yield return Case("Bulk QuotaRefreshInterval zero", o => o.Bulk.QuotaRefreshInterval = TimeSpan.Zero, "Ses:Bulk:QuotaRefreshInterval");
        yield return Case("Bulk QuotaRefreshInterval negative", o => o.Bulk.QuotaRefreshInterval = TimeSpan.FromMinutes(-1), "Ses:Bulk:QuotaRefreshInterval");
        yield return Case("Bulk MaxThrottleRetries negative", o => o.Bulk.MaxThrottleRetries = -1, "Ses:Bulk:MaxThrottleRetries");
    }

    private static string Show(string value) => "'" + value.Replace("\n", "\\n", StringComparison.Ordinal) + "'";

    private static TestCaseData Case(string name, Action<SesOptions> spoil, string setting) =>
        new TestCaseData(spoil, setting).SetArgDisplayNames(name);
}
