using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Moq;
using Ses.Wrapper.SimpleEmail;

namespace Ses.Wrapper.Sample.Web.Tests.TestSupport;

/// <summary>
/// The sample app with the real <see cref="ISesService"/> (so the library's own validation runs) over a strict mock of
/// the SES API client that has no setups: any request reaching it fails the test.
/// </summary>
public sealed class MockedClientFactory : WebApplicationFactory<Program>
{
    /// <summary>The mocked SES API client.</summary>
    public Mock<IAmazonSimpleEmailService> Client { get; } = new(MockBehavior.Strict);

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IAmazonSimpleEmailService>();
            services.AddSingleton(Client.Object);
        });
    }
}
