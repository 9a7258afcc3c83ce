using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Ses.Wrapper.IntegrationTests.Emulator;

/// <summary>
/// The local SES emulator (aws-ses-v2-local, from test/emulator): the one named by SES_EMULATOR_URL when set (as
/// test/run-tests.sh does), otherwise one this class installs with npm ci, starts on a free loopback port with
/// --host 127.0.0.1 and stops by its process id on <see cref="DisposeAsync"/>.
/// </summary>
/// <remarks>
/// The emulator answers only SendEmail and SendRawEmail of the v1 API; other actions never answer, so clients aimed
/// at it get a short timeout. Tests find their mail in /store by the MessageId they got back, since one emulator may
/// serve several test assemblies at once.
/// </remarks>
public sealed class SesEmulator : IAsyncDisposable
{
    /// <summary>The environment variable naming a running emulator.</summary>
    public const string UrlVariable = "SES_EMULATOR_URL";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Process? process;
    private readonly StringBuilder output;
    private readonly HttpClient http;

    private SesEmulator(Uri url, Process? process, StringBuilder output)
    {
        Url = url;
        this.process = process;
        this.output = output;
        http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(10) };
    }

    /// <summary>The emulator's base URL, for example http://127.0.0.1:41234.</summary>
    public Uri Url { get; }

    /// <summary>True when this instance started the emulator process (and so stops it).</summary>
    public bool OwnsProcess => process is not null;

    /// <summary>The id of the emulator process this instance started; null when it uses SES_EMULATOR_URL.</summary>
    public int? ProcessId => process?.Id;

    /// <summary>Uses SES_EMULATOR_URL when set, otherwise installs and starts an emulator.</summary>
    public static async Task<SesEmulator> StartAsync(CancellationToken cancellationToken = default)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(UrlVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            var url = new Uri(fromEnvironment.TrimEnd('/') + "/");
            var external = new SesEmulator(url, null, new StringBuilder());
            await external.WaitUntilHealthyAsync(cancellationToken).ConfigureAwait(false);
            return external;
        }

        var directory = Path.Combine(RepositoryRoot(), "test", "emulator");
        var cli = Path.Combine(directory, "node_modules", "aws-ses-v2-local", "dist", "cli.js");
        if (!File.Exists(cli))
        {
            await InstallAsync(directory, cancellationToken).ConfigureAwait(false);
        }

        // A port picked free can be taken before node binds it: try again with another one.
        for (var attempt = 1; ; attempt++)
        {
            var emulator = Launch(cli, FreeLoopbackPort());
            try
            {
                await emulator.WaitUntilHealthyAsync(cancellationToken).ConfigureAwait(false);
                return emulator;
            }
            catch (InvalidOperationException) when (attempt < 3 && emulator.process!.HasExited)
            {
                await emulator.DisposeAsync().ConfigureAwait(false);
            }
            catch
            {
                await emulator.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
    }

    /// <summary>Returns every mail the emulator holds (GET /store).</summary>
    public async Task<IReadOnlyList<StoredMail>> GetMailsAsync(CancellationToken cancellationToken = default)
    {
        var store = await http.GetFromJsonAsync<EmulatorStore>("store", Json, cancellationToken).ConfigureAwait(false);
        return store?.Emails ?? [];
    }

    /// <summary>Returns the mail the emulator stored under <paramref name="messageId"/>; fails the test when there is none.</summary>
    public async Task<StoredMail> GetMailAsync(string messageId, CancellationToken cancellationToken = default)
    {
        var mails = await GetMailsAsync(cancellationToken).ConfigureAwait(false);
        var matches = mails.Where(m => m.MessageId == messageId).ToList();
        return matches.Count == 1
            ? matches[0]
            : throw new AssertionException($"The emulator holds {matches.Count} mails with MessageId '{messageId}' (of {mails.Count} in /store).");
    }

    /// <summary>Stops the emulator process when this instance started it.</summary>
    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        if (process is null)
        {
            return;
        }

        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        finally
        {
            process.Dispose();
        }
    }

    /// <summary>What the emulator printed, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>The repository root: the nearest folder above the test binaries that holds Ses.Wrapper.sln.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ses.Wrapper.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Ses.Wrapper.sln above {AppContext.BaseDirectory}.");
    }

    private static SesEmulator Launch(string cli, int port)
    {
        var info = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(cli)!,
        };
        info.ArgumentList.Add(cli);
        info.ArgumentList.Add("--host");
        info.ArgumentList.Add("127.0.0.1");
        info.ArgumentList.Add("--port");
        info.ArgumentList.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        info.Environment.Remove("SMTP_TRANSPORT");

        var output = new StringBuilder();
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            process.Dispose();
            throw new InvalidOperationException("Could not start 'node' for the SES emulator: install Node.js, or set SES_EMULATOR_URL.", ex);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new SesEmulator(new Uri($"http://127.0.0.1:{port}/"), process, output);
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task InstallAsync(string directory, CancellationToken cancellationToken)
    {
        // Test assemblies run in parallel: only one runs npm ci at a time.
        var lockPath = Path.Combine(Path.GetTempPath(), "ses-wrapper-emulator-npm-ci.lock");
        using var installLock = await AcquireAsync(lockPath, cancellationToken).ConfigureAwait(false);
        if (File.Exists(Path.Combine(directory, "node_modules", "aws-ses-v2-local", "dist", "cli.js")))
        {
            return;
        }

        var info = new ProcessStartInfo("npm")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "ci", "--no-audit", "--no-fund", "--loglevel=error" })
        {
            info.ArgumentList.Add(argument);
        }

        using var npm = Process.Start(info) ?? throw new InvalidOperationException("Could not start npm.");
        var stdout = npm.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = npm.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(InstallTimeout);
        try
        {
            await npm.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            npm.Kill(entireProcessTree: true);
            throw;
        }

        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm ci in {directory} failed ({npm.ExitCode}): {await stdout.ConfigureAwait(false)}{await stderr.ConfigureAwait(false)}");
        }
    }

    private static async Task<FileStream> AcquireAsync(string path, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (deadline.Elapsed < InstallTimeout)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task WaitUntilHealthyAsync(CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (process is { HasExited: true })
            {
                throw new InvalidOperationException($"The SES emulator exited with code {process.ExitCode}: {Output}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("health-check", UriKind.Relative), cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // One slow probe; try again.
            }

            if (deadline.Elapsed > StartTimeout)
            {
                throw new InvalidOperationException($"The SES emulator at {Url} did not answer /health-check within {StartTimeout.TotalSeconds} s. {Output}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken).ConfigureAwait(false);
        }
    }
}
