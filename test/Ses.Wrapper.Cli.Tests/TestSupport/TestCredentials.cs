namespace Ses.Wrapper.Cli.Tests.TestSupport;

/// <summary>Distinctive fake credentials, so a leak is easy to find in captured output.</summary>
internal static class TestCredentials
{
    public const string AccessKeyId = "AKIAIOSFODNN7EXAMPLE";

    public const string SecretKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzSECRETxKEY";

    public const string SessionToken = "FwoGZXIvYXdzEBSESSIONxTOKENxNEVERxPRINTxME";

    public const string File = "AWSAccessKeyId=" + AccessKeyId + "\nAWSSecretKey=" + SecretKey + "\n";

    public const string FileWithToken = File + "AWSSessionToken=" + SessionToken + "\n";
}
