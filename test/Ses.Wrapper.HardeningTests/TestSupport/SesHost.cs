using Microsoft.Extensions.DependencyInjection;

namespace Ses.Wrapper.HardeningTests.TestSupport;

/// <summary>The library as an application gets it: <c>AddSes(...)</c> and <see cref="ISesService"/>, aimed at a local endpoint.</summary>
internal sealed class SesHost : IDisposable
{
    public const string AccessKeyId = "AKIDHARDENINGTEST01";
    public const string SecretAccessKey = "hardening/Secret+Key/0123456789abcdefXYZ";
    public const string Sender = "sender@example.com";

    private readonly ServiceProvider provider;

    public SesHost(Uri serviceUrl, TimeSpan timeout, int maxErrorRetry = 0, Action<SesOptions>? configure = null, Action<IServiceCollection>? services = null)
    {
        var collection = new ServiceCollection();
        services?.Invoke(collection);
        collection.AddSes(o =>
        {
            o.ServiceUrl = serviceUrl.AbsoluteUri;
            o.Region = "us-east-1";
            o.AccessKeyId = AccessKeyId;
            o.SecretAccessKey = SecretAccessKey;
            o.DefaultSource = Sender;
            o.Timeout = timeout;
            o.MaxErrorRetry = maxErrorRetry;
            configure?.Invoke(o);
        });
        provider = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        Ses = provider.GetRequiredService<ISesService>();
    }

    public ISesService Ses { get; }

    public static SesMail Mail(string to = "recipient@example.com", string subject = "Hello") =>
        new() { To = [to], Subject = subject, TextBody = "Hello from the hardening tests." };

    public void Dispose() => provider.Dispose();
}
