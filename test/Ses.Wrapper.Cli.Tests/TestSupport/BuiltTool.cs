using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace Ses.Wrapper.Cli.Tests.TestSupport;

/// <summary>
/// Runs the built tool as a separate process (<c>dotnet ses.dll</c> from src/Ses.Wrapper.Cli/bin) with a clean
/// environment: no AWS_* variables from the machine, a temporary HOME (no ~/.aws), instance metadata disabled.
/// </summary>
internal sealed class BuiltTool : IDisposable
{
    private readonly TempDirectory home = new();

    public BuiltTool()
    {
        Path = Locate();
    }

    /// <summary>The ses.dll run.</summary>
    public string Path { get; }

    /// <summary>Variables set for the child process on top of the cleaned environment.</summary>
    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    public string HomeDirectory => home.Path;

    public async Task<CliResult> RunAsync(string stdin, params string[] args)
    {
        var info = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(Path);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var name in info.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            info.Environment.Remove(name);
        }

        info.Environment["HOME"] = home.Path;
        info.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
        info.Environment["AWS_SHARED_CREDENTIALS_FILE"] = System.IO.Path.Combine(home.Path, "no-credentials");
        info.Environment["AWS_CONFIG_FILE"] = System.IO.Path.Combine(home.Path, "no-config");
        info.Environment["NO_COLOR"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in Environment)
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"ses {string.Join(' ', args)} did not exit within 2 minutes.");
        }

        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    public void Dispose() => home.Dispose();

    private static string DotnetHost()
    {
        var host = System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return !string.IsNullOrEmpty(host) && File.Exists(host) ? host : "dotnet";
    }

    /// <summary>The CLI project's own build output, in this test assembly's configuration (else the newest build).</summary>
    private static string Locate()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Ses.Wrapper.sln")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            throw new InvalidOperationException($"No Ses.Wrapper.sln above {AppContext.BaseDirectory}.");
        }

        var configuration = typeof(BuiltTool).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var candidates = new[] { configuration, "Release", "Debug" }
            .Distinct(StringComparer.Ordinal)
            .Select(c => System.IO.Path.Combine(directory.FullName, "src", "Ses.Wrapper.Cli", "bin", c, "net10.0", "ses.dll"))
            .Where(File.Exists)
            .ToList();
        return candidates.Count > 0
            ? candidates[0]
            : throw new InvalidOperationException("The ses tool is not built under src/Ses.Wrapper.Cli/bin.");
    }
}
