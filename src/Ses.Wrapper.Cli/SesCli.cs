using System.CommandLine;
using System.CommandLine.Invocation;
using Microsoft.Extensions.DependencyInjection;
using Ses.Wrapper.Cli.Commands;
using Ses.Wrapper.Cli.Hosting;

namespace Ses.Wrapper.Cli;

/// <summary>The <c>ses</c> command line, runnable in-process: parse the arguments, run the command, return the exit code.</summary>
public static class SesCli
{
    /// <summary>Runs <c>ses</c> with the given arguments and streams.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="stdin">Standard input: the mail body of <c>send</c>.</param>
    /// <param name="stdout">Standard output: results only (with <c>--json</c>, only JSON).</param>
    /// <param name="stderr">Standard error: errors, warnings and <c>--verbose</c> logs.</param>
    /// <param name="configureServices">
    /// Registers services before <c>AddSes</c> does; what is registered here wins (for example a mock
    /// <see cref="ISesService"/>).
    /// </param>
    /// <param name="cancellationToken">Interrupts the command.</param>
    /// <returns>0 on success, 1 for SES and network errors, 2 for usage and input errors, 130 when interrupted.</returns>
    public static Task<int> RunAsync(
        string[] args,
        TextReader stdin,
        TextWriter stdout,
        TextWriter stderr,
        Action<IServiceCollection>? configureServices = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        return RunAsync(args, new CliEnvironment(stdin, stdout, stderr, configureServices), helpWidth: 100, cancellationToken);
    }

    /// <summary>Runs <c>ses</c> in <paramref name="environment"/>.</summary>
    internal static async Task<int> RunAsync(string[] args, CliEnvironment environment, int? helpWidth, CancellationToken cancellationToken)
    {
        var root = SesCommandLine.Create(environment, helpWidth);
        var parseResult = root.Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            foreach (var error in parseResult.Errors)
            {
                await environment.Stderr.WriteLineAsync("error: " + error.Message).ConfigureAwait(false);
            }

            var command = parseResult.CommandResult.Command;
            var usage = command == root ? SesCommandLine.Name : $"{SesCommandLine.Name} {command.Name}";
            await environment.Stderr.WriteLineAsync($"Run '{usage} --help' for usage and examples.").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        var configuration = new InvocationConfiguration
        {
            Output = environment.Stdout,
            Error = environment.Stderr,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        };
        try
        {
            return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await environment.Stderr.WriteLineAsync("error: interrupted.").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (IOException ex) when (ex.InnerException is null && IsBrokenPipe(ex))
        {
            // Standard output was closed by its reader: stop quietly, as Unix tools do.
            return ExitCodes.SesError;
        }
#pragma warning disable CA1031 // The last line of defence: one line on stderr rather than a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await environment.Stderr.WriteLineAsync($"error: unexpected {ex.GetType().Name}: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.SesError;
        }
        finally
        {
            await FlushAsync(environment.Stdout).ConfigureAwait(false);
            await FlushAsync(environment.Stderr).ConfigureAwait(false);
        }
    }

    private static bool IsBrokenPipe(IOException exception) =>
        exception.HResult == 32 || exception.Message.Contains("Broken pipe", StringComparison.OrdinalIgnoreCase);

    /// <summary>Flushes a standard stream; a reader that went away (<c>ses stats | head -1</c>) is not an error.</summary>
    private static async Task FlushAsync(TextWriter writer)
    {
        try
        {
            await writer.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (IOException)
        {
        }
    }
}
