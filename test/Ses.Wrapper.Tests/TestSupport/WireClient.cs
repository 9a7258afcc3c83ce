using Amazon;
using Amazon.Runtime;
using Ses.Wrapper.SimpleEmail;

namespace Ses.Wrapper.Tests.TestSupport;

/// <summary>Builds API-layer clients wired to a <see cref="FakeSesHandler"/>.</summary>
internal static class WireClient
{
    public const string AccessKeyId = "AKIDEXAMPLE0TESTKEY";
    public const string SecretKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    public static AmazonSimpleEmailServiceClient Create(FakeSesHandler handler, Action<AmazonSimpleEmailServiceConfig>? configure = null)
    {
        var config = new AmazonSimpleEmailServiceConfig
        {
            RegionEndpoint = RegionEndpoint.USWest2,
            HttpClientFactory = new FakeSesHttpClientFactory(handler),
        };
        configure?.Invoke(config);
        return new AmazonSimpleEmailServiceClient(new BasicAWSCredentials(AccessKeyId, SecretKey), config);
    }
}
