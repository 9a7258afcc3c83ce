using Ses.Wrapper.IntegrationTests.Emulator;

namespace Ses.Wrapper.Sample.Web.Tests.EndToEnd;

/// <summary>Starts (or finds, through SES_EMULATOR_URL) the SES emulator for the end-to-end tests, and stops it after them.</summary>
[SetUpFixture]
public sealed class EmulatorSetUp
{
    private static SesEmulator? emulator;

    /// <summary>The running emulator.</summary>
    public static SesEmulator Emulator => emulator ?? throw new InvalidOperationException("The SES emulator was not started.");

    [OneTimeSetUp]
    public async Task StartEmulatorAsync() => emulator = await SesEmulator.StartAsync();

    [OneTimeTearDown]
    public async Task StopEmulatorAsync()
    {
        if (emulator is not null)
        {
            await emulator.DisposeAsync();
            emulator = null;
        }
    }
}
