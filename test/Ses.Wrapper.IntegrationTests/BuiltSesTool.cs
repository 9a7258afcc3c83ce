using System.Diagnostics;
using System.Reflection;
using System.Text;
using Ses.Wrapper.IntegrationTests.Emulator;

namespace Ses.Wrapper.IntegrationTests;

/// <summary>
/// The built <c>ses</c> tool (src/Ses.Wrapper.Cli) pointed at the emulator: a temporary folder with ses.py's
/// credentials file (dummy keys, owner-only), and runs of <c>dotnet ses.dll</c> with <c>-k</c>, <c>--region</c> and
/// <c>--endpoint-url</c> added.
/// </summary>
internal sealed class BuiltSesTool : IDisposable
{
    private readonly string cli;
    private readonly Uri emulator;

    private BuiltSesTool(string cli, string directory, Uri emulator)
    {
        this.cli = cli;
        this.emulator = emulator;
        Directory = directory;
        CredentialsFile = Path.Combine(directory, "ses.credentials");
        File.WriteAllText(CredentialsFile, $"AWSAccessKeyId={EmulatorClients.AccessKeyId}\nAWSSecretKey=emulator-dummy-secret\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(CredentialsFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    /// <summary>The temporary folder, for files the tests hand to the tool; deleted on dispose.</summary>
    public string Directory { get; }

    /// <summary>The ses.py credentials file passed with <c>-k</c>.</summary>
    public string CredentialsFile { get; }

    /// <summary>Finds the built tool (ignoring the test when the tree has no CLI project) and prepares its folder.</summary>
    /// <param name="folderPrefix">The prefix of the temporary folder's name.</param>
    /// <param name="emulator">The emulator's URL.</param>
    public static BuiltSesTool Prepare(string folderPrefix, Uri emulator)
    {
        var root = SesEmulator.RepositoryRoot();
        if (!File.Exists(Path.Combine(root, "src", "Ses.Wrapper.Cli", "Ses.Wrapper.Cli.csproj")))
        {
            Assert.Ignore("There is no src/Ses.Wrapper.Cli project in this tree.");
        }

        // Built through this project's reference: in this configuration, or in Debug when a solution build reaches it
        // outside the solution (MSBuild then builds it in its default configuration). The newest build wins.
        var configuration = typeof(BuiltSesTool).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var candidates = new[] { configuration, "Release", "Debug" }
            .Distinct(StringComparer.Ordinal)
            .Select(c => Path.Combine(root, "src", "Ses.Wrapper.Cli", "bin", c, "net10.0", "ses.dll"))
            .Where(File.Exists)
            .OrderByDescending(File.GetLastWriteTimeUtc)
            .ToList();
        Assert.That(candidates, Is.Not.Empty, "The ses tool is not built under src/Ses.Wrapper.Cli/bin.");
        return new BuiltSesTool(candidates[0], System.IO.Directory.CreateTempSubdirectory(folderPrefix).FullName, emulator);
    }

    /// <summary>Runs <c>ses</c> with <paramref name="arguments"/>, <paramref name="stdin"/> on standard input.</summary>
    /// <param name="stdin">Standard input, written as UTF-8.</param>
    /// <param name="arguments">The command and its arguments; the connection options are added.</param>
    public async Task<CliRun> RunAsync(string stdin, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(cli);
        foreach (var argument in arguments.Concat(["-k", CredentialsFile, "--region", "us-east-1", "--endpoint-url", emulator.ToString().TrimEnd('/')]))
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();

        // A guard against a hung tool, not a time limit on the test.
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new CliRun(process.ExitCode, await stdout, await stderr);
    }

    /// <inheritdoc />
    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
