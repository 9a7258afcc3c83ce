using Amazon.Runtime;

namespace Ses.Wrapper.Tests.TestSupport;

/// <summary>Makes the SDK send its HTTP requests to a <see cref="FakeSesHandler"/>.</summary>
internal sealed class FakeSesHttpClientFactory(FakeSesHandler handler) : HttpClientFactory
{
    public override HttpClient CreateHttpClient(IClientConfig clientConfig) => new(handler, disposeHandler: false);

    public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => false;

    public override bool DisposeHttpClientsAfterUse(IClientConfig clientConfig) => true;
}
