using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Moq;

namespace Ses.Wrapper.Sample.Web.Tests.TestSupport;

/// <summary>The sample app with its <see cref="ISesService"/> replaced by <see cref="Ses"/>, a mock reset per test.</summary>
public sealed class MockedSesFactory : WebApplicationFactory<Program>
{
    /// <summary>The mocked facade the controller gets.</summary>
    public Mock<ISesService> Ses { get; } = new(MockBehavior.Strict);

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<ISesService>();
            services.AddSingleton(Ses.Object);
        });
    }
}
