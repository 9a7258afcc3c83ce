using System.Reflection;
using Amazon.Runtime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ses.Wrapper.Tests.DependencyInjection;

/// <summary>Builds service providers the strict way an ASP.NET app does in Development.</summary>
internal static class DiHarness
{
    public const string AccessKeyId = "AKIDEXAMPLE0DITESTS";
    public const string SecretAccessKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzDITESTSECRET";

    public static ServiceProvider Build(IServiceCollection services) =>
        services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

    public static IConfigurationRoot Configuration(IDictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    /// <summary>A configuration whose <c>Ses</c> section is valid and complete enough to build a client without touching the machine's AWS setup.</summary>
    public static IConfigurationRoot ValidConfiguration(params (string Key, string? Value)[] overrides)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Ses:Region"] = "eu-west-1",
            ["Ses:AccessKeyId"] = AccessKeyId,
            ["Ses:SecretAccessKey"] = SecretAccessKey,
        };
        foreach (var (key, value) in overrides)
        {
            values[key] = value;
        }

        return Configuration(values);
    }

    /// <summary>
    /// The credentials a client was built with. AWSSDK.Core keeps them in the protected internal
    /// <c>AmazonServiceClient.ExplicitAWSCredentials</c>; read by reflection, in tests only.
    /// </summary>
    public static AWSCredentials? ClientCredentials(object client) =>
        (AWSCredentials?)typeof(AmazonServiceClient)
            .GetProperty("ExplicitAWSCredentials", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)!
            .GetValue(client);

    /// <summary>Sets options that are valid and build a client without touching the machine's AWS setup.</summary>
    public static void Valid(SesOptions options)
    {
        options.Region = "eu-west-1";
        options.AccessKeyId = AccessKeyId;
        options.SecretAccessKey = SecretAccessKey;
    }
}
