namespace Ses.Wrapper.HardeningTests.BadInput;

/// <summary>
/// Bad input to the <c>ses</c> command line: (name, arguments after the global options, what stderr must name).
/// <c>{creds}</c> stands for a valid credentials file, <c>{dir}</c> for a scratch directory.
/// </summary>
internal static class CliCases
{
    private static readonly string FiftyOneRecipients = string.Join(',', Enumerable.Range(0, 51).Select(i => $"to{i}@example.com"));

    public static IEnumerable<TestCaseData> BadCommands()
    {
        yield return Case("send: From with CRLF", ["send", "-f", "a@example.com\r\nBcc: victim@example.com", "-t", "to@example.com", "-s", "Hi"], "line break");
        yield return Case("send: From not an address", ["send", "-f", "not-an-address", "-t", "to@example.com", "-s", "Hi"], "not-an-address");
        yield return Case("send: To not an address", ["send", "-f", "from@example.com", "-t", "to.example.com", "-s", "Hi"], "to.example.com");
        yield return Case("send: To with comment", ["send", "-f", "from@example.com", "-t", "(c)to@example.com", "-s", "Hi"], "(c)to@example.com");
        yield return Case("send: To non-ASCII local part", ["send", "-f", "from@example.com", "-t", "jörg@example.com", "-s", "Hi"], "jörg@example.com");
        yield return Case("send: Cc with CRLF", ["send", "-f", "from@example.com", "-t", "to@example.com", "-c", "cc@example.com\r\nX: 1", "-s", "Hi"], "line break");
        yield return Case("send: Bcc without domain", ["send", "-f", "from@example.com", "-t", "to@example.com", "-b", "bcc@", "-s", "Hi"], "bcc@");
        yield return Case("send: 51 recipients", ["send", "-f", "from@example.com", "-t", FiftyOneRecipients, "-s", "Hi"], "51 recipients");
        yield return Case("send: no recipients", ["send", "-f", "from@example.com", "-s", "Hi"], "no recipients");
        yield return Case("send: subject with CRLF", ["send", "-f", "from@example.com", "-t", "to@example.com", "-s", "Hi\r\nBcc: victim@example.com"], "line break");
        yield return Case("send: subject of 2000 characters", ["send", "-f", "from@example.com", "-t", "to@example.com", "-s", new string('s', 2000)], "998");
        yield return Case("send: tag without value", ["send", "-f", "from@example.com", "-t", "to@example.com", "-s", "Hi", "--tag", "campaign"], "--tag");
        yield return Case("send: tag with space", ["send", "-f", "from@example.com", "-t", "to@example.com", "-s", "Hi", "--tag", "my campaign=x"], "my campaign");
        yield return Case("send: configuration set with dots", ["send", "-f", "from@example.com", "-t", "to@example.com", "-s", "Hi", "--configuration-set", "a.b"], "a.b");
        yield return Case("send: return path invalid", ["send", "-f", "from@example.com", "-t", "to@example.com", "-s", "Hi", "--return-path", "bounce"], "bounce");
        yield return Case("send: missing text file", ["send", "-f", "from@example.com", "-t", "to@example.com", "-s", "Hi", "--text-file", "{dir}/missing.txt"], "--text-file");
        yield return Case("send: missing subject", ["send", "-f", "from@example.com", "-t", "to@example.com"], "--subject");
        yield return Case("verify: display name", ["verify", "Jane <jane@example.com>"], "Jane <jane@example.com>");
        yield return Case("verify: not an address", ["verify", "jane.example.com"], "jane.example.com");
        yield return Case("delete: URL", ["delete", "https://example.com/"], "https://example.com/");
        yield return Case("delete: empty", ["delete", ""], "no address given");
    }

    public static IEnumerable<TestCaseData> BadGlobals()
    {
        yield return Case("credentials file missing", ["-k", "{dir}/nope.credentials", "quota"], "nope.credentials");
        yield return Case("credentials file is a directory", ["-k", "{dir}", "quota"], "directory");
        yield return Case("credentials file empty", ["-k", "{file:}", "quota"], "AWSAccessKeyId");
        yield return Case("credentials file without secret", ["-k", "{file:AWSAccessKeyId=AKIDHARDENING}", "quota"], "AWSSecretKey");
        yield return Case("credentials file without key id", ["-k", "{file:AWSSecretKey=hardening-secret}", "quota"], "AWSAccessKeyId");
        yield return Case("credentials file of garbage", ["-k", "{file:\u0001\u0002binary\u0000garbage}", "quota"], "credentials");
        yield return Case("region upper case", ["-k", "{creds}", "--region", "US-EAST-1", "quota"], "the region 'US-EAST-1'");
        yield return Case("region with newline", ["-k", "{creds}", "--region", "us-east-1\n", "quota"], "is not an AWS region name");
        yield return Case("endpoint ftp", ["-k", "{creds}", "--endpoint-url", "ftp://127.0.0.1/", "quota"], "ftp://127.0.0.1/");
        yield return Case("endpoint not a URL", ["-k", "{creds}", "--endpoint-url", "not a url", "quota"], "not a url");
        yield return Case("endpoint with password", ["-k", "{creds}", "--endpoint-url", "http://user:hunter2@127.0.0.1:1/", "quota"], "user name or password");
    }

    private static TestCaseData Case(string name, string[] args, string mustName) => new TestCaseData(args, mustName).SetArgDisplayNames(name);
}
