using Moq;

namespace Ses.Wrapper.Sample.Web.Tests.TestSupport;

/// <summary>
/// The base of endpoint tests against the sample app with a mocked <see cref="ISesService"/>: one app and client per
/// fixture, the mock reset before each test.
/// </summary>
public abstract class MockedSesEndpointTests
{
    /// <summary>The app, with its mocked <see cref="ISesService"/> in <see cref="MockedSesFactory.Ses"/>.</summary>
    protected MockedSesFactory Factory { get; private set; } = null!;

    /// <summary>A client of the app.</summary>
    protected HttpClient Client { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartApp()
    {
        Factory = new MockedSesFactory();
        Client = Factory.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopAppAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }

    [SetUp]
    public void ResetMock() => Factory.Ses.Reset();
}
