using Amazon.Runtime;

namespace Ses.Wrapper.SimpleEmail.Internal;

/// <summary>The SDK's default configuration modes, with the values the official service clients use.</summary>
internal static class SesDefaultConfigurations
{
    public static IEnumerable<IDefaultConfiguration> All { get; } =
    [
        Create(DefaultConfigurationMode.Standard, RequestRetryMode.Standard, TimeSpan.FromMilliseconds(3100), TimeSpan.FromMilliseconds(3100)),
        Create(DefaultConfigurationMode.InRegion, RequestRetryMode.Standard, TimeSpan.FromMilliseconds(1100), TimeSpan.FromMilliseconds(1100)),
        Create(DefaultConfigurationMode.CrossRegion, RequestRetryMode.Standard, TimeSpan.FromMilliseconds(3100), TimeSpan.FromMilliseconds(3100)),
        Create(DefaultConfigurationMode.Mobile, RequestRetryMode.Standard, TimeSpan.FromMilliseconds(30000), TimeSpan.FromMilliseconds(30000)),
        Create(DefaultConfigurationMode.Auto, RequestRetryMode.Standard, TimeSpan.FromMilliseconds(1100), TimeSpan.FromMilliseconds(1100)),
    ];

    private static DefaultConfiguration Create(DefaultConfigurationMode mode, RequestRetryMode retryMode, TimeSpan? connectTimeout, TimeSpan? tlsTimeout) => new()
    {
        Name = mode,
        RetryMode = retryMode,
        S3UsEast1RegionalEndpoint = S3UsEast1RegionalEndpointValue.Regional,
        ConnectTimeout = connectTimeout,
        TlsNegotiationTimeout = tlsTimeout,
        TimeToFirstByteTimeout = null,
        HttpRequestTimeout = null,
    };
}
