using Amazon;
using Amazon.Extensions.NETCore.Setup;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Microsoft.Extensions.Logging;
using Ses.Wrapper;
using Ses.Wrapper.Diagnostics;
using Ses.Wrapper.SimpleEmail;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Builds the SES API client from <see cref="SesOptions"/> and, where set, the SDK's <see cref="AWSOptions"/>.</summary>
internal static class SesClientFactory
{
    public static AmazonSimpleEmailServiceClient Create(SesOptions options, AWSOptions? awsOptions, ILoggerFactory? loggerFactory = null)
    {
        var config = CreateConfig(options, awsOptions);
        var credentials = ResolveCredentials(options, awsOptions);
        var client = credentials is null ? new AmazonSimpleEmailServiceClient(config) : new AmazonSimpleEmailServiceClient(credentials, config);
        client.RequestLogger = loggerFactory?.CreateLogger(SesTelemetry.RequestLoggerCategory);
        return client;
    }

    public static AmazonSimpleEmailServiceConfig CreateConfig(SesOptions options, AWSOptions? awsOptions)
    {
        var config = new AmazonSimpleEmailServiceConfig();
        var region = options.Region is { } name ? RegionEndpoint.GetBySystemName(name) : awsOptions?.Region;
        var serviceUrl = options.ServiceUrl ?? awsOptions?.DefaultClientConfig?.ServiceURL;
        if (serviceUrl is not null)
        {
            config.ServiceURL = serviceUrl;
            if (region is not null)
            {
                config.AuthenticationRegion = region.SystemName;
            }
        }
        else if (region is not null)
        {
            config.RegionEndpoint = region;
        }

        if (options.Timeout is { } timeout)
        {
            config.Timeout = timeout;
        }

        if (options.MaxErrorRetry is { } retries)
        {
            config.MaxErrorRetry = retries;
        }

        return config;
    }

    public static AWSCredentials? ResolveCredentials(SesOptions options, AWSOptions? awsOptions)
    {
        if (!string.IsNullOrEmpty(options.AccessKeyId) && !string.IsNullOrEmpty(options.SecretAccessKey))
        {
            return string.IsNullOrEmpty(options.SessionToken)
                ? new BasicAWSCredentials(options.AccessKeyId, options.SecretAccessKey)
                : new SessionAWSCredentials(options.AccessKeyId, options.SecretAccessKey, options.SessionToken);
        }

        // Ses settings first; then AWSOptions as AWSSDK.Extensions.NETCore.Setup reads them: its Credentials before its Profile.
        if (!string.IsNullOrEmpty(options.Profile))
        {
            return FromProfile(options.Profile, awsOptions?.ProfilesLocation, "Ses:Profile");
        }

        if (awsOptions?.Credentials is { } credentials)
        {
            return credentials;
        }

        return string.IsNullOrEmpty(awsOptions?.Profile) ? null : FromProfile(awsOptions.Profile, awsOptions.ProfilesLocation, "AWS:Profile");
    }

    private static AWSCredentials FromProfile(string profile, string? profilesLocation, string setting)
    {
        var chain = new CredentialProfileStoreChain(profilesLocation);
        return chain.TryGetAWSCredentials(profile, out var fromProfile)
            ? fromProfile
            : throw new InvalidOperationException($"{setting} '{profile}' was not found in the shared AWS credentials or config files.");
    }
}
