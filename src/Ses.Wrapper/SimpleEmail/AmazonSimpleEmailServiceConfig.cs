using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Ses.Wrapper.SimpleEmail.Internal;

namespace Ses.Wrapper.SimpleEmail;

/// <summary>
/// Configuration for <see cref="AmazonSimpleEmailServiceClient"/>: region or service URL, timeouts, retries and
/// HTTP settings, as for any AWS SDK for .NET client.
/// </summary>
/// <remarks>
/// The endpoint is <c>https://email.{region}.amazonaws.com/</c> unless <see cref="ClientConfig.ServiceURL"/> is set
/// (an emulator or a proxy). Stale-connection retries are off by default and <see cref="ClientConfig.MaxStaleConnectionRetries"/>
/// is not used by this client, because SES has no idempotency token for sending: a request repeated after the
/// connection dropped may send the same mail twice. Read-only calls retry such failures within
/// <see cref="ClientConfig.MaxErrorRetry"/>.
/// </remarks>
public class AmazonSimpleEmailServiceConfig : ClientConfig
{
    /// <summary>The service id used by the AWS SDK for configuration and endpoint environment variables (<c>AWS_ENDPOINT_URL_SES</c>).</summary>
    public static new string ServiceId => "SES";

    /// <summary>The SES API version spoken by this client.</summary>
    public const string ApiVersion = "2010-12-01";

    /// <summary>Creates a configuration with the SDK's defaults for the SES v1 API.</summary>
    public AmazonSimpleEmailServiceConfig()
        : base(new Amazon.Runtime.Internal.DefaultConfigurationProvider(SesDefaultConfigurations.All))
    {
        base.ServiceId = ServiceId;
        AuthenticationServiceName = "ses";
        MaxStaleConnectionRetries = 0;
    }

    /// <summary>The name used to look up the service's endpoint for a region.</summary>
    public override string RegionEndpointServiceName => "email";

    /// <summary>The SES API version: <c>2010-12-01</c>.</summary>
    public override string ServiceVersion => ApiVersion;

    /// <summary>The user agent sent with every request.</summary>
    public override string UserAgent { get; } = "ses-wrapper/" + typeof(AmazonSimpleEmailServiceConfig).Assembly.GetName().Version;

    /// <summary>
    /// Determines the endpoint of an operation: <see cref="ClientConfig.ServiceURL"/> when set, otherwise
    /// <c>https://email.{region}.amazonaws.com/</c> (or <c>email-fips</c> when FIPS endpoints are requested).
    /// </summary>
    /// <param name="parameters">The request and optional alternate region.</param>
    /// <returns>The endpoint to send the request to.</returns>
    /// <exception cref="AmazonClientException">Neither a region nor a service URL is configured.</exception>
    public override Endpoint DetermineServiceOperationEndpoint(ServiceOperationEndpointParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return new Endpoint(SesEndpoints.Resolve(ServiceURL, parameters.AlternateEndpoint ?? RegionEndpoint, UseFIPSEndpoint).AbsoluteUri);
    }
}
