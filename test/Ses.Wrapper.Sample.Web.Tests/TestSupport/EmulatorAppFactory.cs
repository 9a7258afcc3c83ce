using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Ses.Wrapper.Sample.Web.Tests.TestSupport;

/// <summary>The sample app as a developer runs it (Development settings), with Ses:ServiceUrl moved to the test's emulator.</summary>
/// <param name="emulatorUrl">The emulator's base URL.</param>
public sealed class EmulatorAppFactory(Uri emulatorUrl) : WebApplicationFactory<Program>
{
    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Ses:ServiceUrl", emulatorUrl.ToString().TrimEnd('/'));
    }
}
