using Ses.Wrapper.IntegrationTests.Emulator;

namespace Ses.Wrapper.IntegrationTests;

/// <summary>Starts (or finds, through SES_EMULATOR_URL) the SES emulator once for every test of this assembly, and stops it at the end.</summary>
[SetUpFixture]
public sealed class EmulatorFixture
{
    private static SesEmulator? emulator;

    /// <summary>The running emulator.</summary>
    public static SesEmulator Emulator => emulator ?? throw new InvalidOperationException("The SES emulator was not started.");

    [OneTimeSetUp]
    public async Task StartEmulatorAsync()
    {
        emulator = await SesEmulator.StartAsync();
        TestContext.Progress.WriteLine(emulator.OwnsProcess
            ? $"SES emulator started at {emulator.Url} (pid {emulator.ProcessId})"
            : $"SES emulator from {SesEmulator.UrlVariable}: {emulator.Url}");
    }

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
