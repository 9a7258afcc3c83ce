using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Ses.Wrapper.Cli.Credentials;
using Ses.Wrapper.Cli.Hosting;
using Ses.Wrapper.Cli.Output;

namespace Ses.Wrapper.Cli.Commands;

/// <summary>
/// Runs a command's body with the services it needs and turns every failure into a message on standard error and an
/// exit code: 1 for SES, network and timeout failures, 2 for usage and input errors, 130 when interrupted.
/// </summary>
/// <param name="environment">Standard streams and service set-up.</param>
/// <param name="options">The global options.</param>
internal sealed class CommandRunner(CliEnvironment environment, GlobalOptions options)
{
    /// <summary>The global options.</summary>
    public GlobalOptions Options { get; } = options;

    /// <summary>Standard streams and service set-up.</summary>
    public CliEnvironment Environment { get; } = environment;

    /// <summary>Creates the output of a run.</summary>
    public CliOutput CreateOutput() => new(Environment.Stdout, Environment.Stderr, Environment.StdoutIsTerminal);

    /// <summary>Runs <paramref name="prepare"/> (reading input), then builds the services and runs <paramref name="body"/>.</summary>
    /// <typeparam name="TInput">What <paramref name="prepare"/> reads.</typeparam>
    public async Task<int> RunAsync<TInput>(
        ParseResult parseResult,
        Func<CliOutput, CancellationToken, Task<TInput>> prepare,
        Func<CommandContext, TInput, CancellationToken, Task<int>> body,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(prepare);
        ArgumentNullException.ThrowIfNull(body);
        var output = CreateOutput();
        try
        {
            var settings = ConnectionSettings.From(parseResult, Options, output.Warning);
            var input = await prepare(output, cancellationToken).ConfigureAwait(false);
            var provider = SesServices.Build(settings, Environment, parseResult.GetValue(Options.Verbose));
            await using (provider.ConfigureAwait(false))
            {
                var ses = Resolve(provider);
                var context = new CommandContext(ses, output, parseResult.GetValue(Options.Json));
                return await body(context, input, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (SesException ex)
        {
            output.Error(ErrorMessages.Describe(ex));
            return ex.Kind == SesErrorKind.Configuration ? ExitCodes.UsageError : ExitCodes.SesError;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            output.Error("interrupted.");
            return ExitCodes.Cancelled;
        }
        catch (CredentialsFileException ex)
        {
            output.Error(ex.Message);
            return ExitCodes.UsageError;
        }
        catch (CliUsageException ex)
        {
            output.Error(ex.Message);
            return ExitCodes.UsageError;
        }
        catch (OptionsValidationException ex)
        {
            foreach (var failure in ErrorMessages.Describe(ex))
            {
                output.Error(failure);
            }

            return ExitCodes.UsageError;
        }
        catch (ArgumentException ex)
        {
            output.Error(ErrorMessages.Describe(ex));
            return ExitCodes.UsageError;
        }
        catch (InvalidOperationException ex) when (ex.Message.StartsWith("Ses:", StringComparison.Ordinal))
        {
            // The library's set-up errors, e.g. a --profile that is not in the shared files.
            output.Error(ErrorMessages.MapSettings(ex.Message));
            return ExitCodes.UsageError;
        }
    }

    /// <summary>Resolves the facade; a client that cannot be built (no region, no endpoint) is an input error.</summary>
    private static ISesService Resolve(IServiceProvider provider)
    {
        try
        {
            return provider.GetRequiredService<ISesService>();
        }
        catch (Exception ex) when (ex is not (OptionsValidationException or OperationCanceledException or OutOfMemoryException)
            && !ex.Message.StartsWith("Ses:", StringComparison.Ordinal))
        {
            var hint = ex.Message.Contains("RegionEndpoint", StringComparison.Ordinal)
                ? ": give --region, a Region= line in the credentials file, or set AWS_REGION"
                : string.Empty;
            throw new CliUsageException("the SES client could not be set up: " + ex.Message.TrimEnd('.') + hint + ".", ex);
        }
    }

    /// <summary>Runs a command that reads no input.</summary>
    public Task<int> RunAsync(ParseResult parseResult, Func<CommandContext, CancellationToken, Task<int>> body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        return RunAsync<bool>(parseResult, static (_, _) => Task.FromResult(true), (context, _, ct) => body(context, ct), cancellationToken);
    }
}
