using Amazon;
using Amazon.Runtime;

namespace Ses.Wrapper.SimpleEmail.Internal;

/// <summary>Builds SES v1 endpoint URLs.</summary>
internal static class SesEndpoints
{
    /// <summary>Returns the endpoint for a service URL override or a region.</summary>
    public static Uri Resolve(string? serviceUrl, RegionEndpoint? region, bool useFips)
    {
        if (!string.IsNullOrEmpty(serviceUrl))
        {
            if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw new AmazonClientException($"The SES service URL '{serviceUrl}' is not an absolute http or https URL.");
            }

            return uri;
        }

        if (region is null)
        {
            throw new AmazonClientException("No region and no service URL are configured for SES: set a region (for example us-east-1) or a service URL.");
        }

        var suffix = region.SystemName.StartsWith("cn-", StringComparison.Ordinal) ? "amazonaws.com.cn" : "amazonaws.com";
        var host = useFips ? "email-fips" : "email";
        return new Uri($"https://{host}.{region.SystemName}.{suffix}/");
    }
}
