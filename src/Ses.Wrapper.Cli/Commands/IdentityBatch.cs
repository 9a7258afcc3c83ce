using Ses.Wrapper.Cli.Hosting;
using Ses.Wrapper.Cli.Output;

namespace Ses.Wrapper.Cli.Commands;

/// <summary>
/// Runs one SES call per address, in order, reporting each (ses.py's <c>verify</c> and <c>delete</c>). A failed
/// address does not stop the others. Exit code: 1 when SES failed any, else 2 when any was invalid, else 0.
/// </summary>
internal static class IdentityBatch
{
    /// <summary>Runs <paramref name="call"/> for each identity and reports it.</summary>
    /// <param name="context">The command's context.</param>
    /// <param name="identities">The identities, already split.</param>
    /// <param name="call">The SES call; returns the request id.</param>
    /// <param name="done">What succeeded, in words: "verification mail sent".</param>
    /// <param name="cancellationToken">Cancels the remaining calls.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(
        CommandContext context,
        IReadOnlyList<string> identities,
        Func<string, CancellationToken, Task<string>> call,
        string done,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(identities);
        ArgumentNullException.ThrowIfNull(call);
        if (identities.Count == 0)
        {
            throw new CliUsageException("no address given: pass addr1,addr2,...");
        }

        var outcomes = new List<IdentityOutcome>(identities.Count);
        var sesFailed = false;
        var invalid = false;
        foreach (var identity in identities)
        {
            cancellationToken.ThrowIfCancellationRequested();
            IdentityOutcome outcome;
            try
            {
                var requestId = await call(identity, cancellationToken).ConfigureAwait(false);
                outcome = new IdentityOutcome(identity, requestId, null);
                if (!context.Json)
                {
                    context.Output.WriteLine($"{identity}: {done} (RequestId {requestId})");
                }
            }
            catch (SesException ex) when (!cancellationToken.IsCancellationRequested)
            {
                outcome = new IdentityOutcome(identity, null, ErrorOutcome.From(ex));
                context.Output.Error($"{identity}: {ErrorMessages.Describe(ex)}");
                if (ex.Kind == SesErrorKind.Configuration)
                {
                    invalid = true;
                }
                else
                {
                    sesFailed = true;
                }
            }
            catch (ArgumentException ex)
            {
                var message = ErrorMessages.Describe(ex);
                outcome = new IdentityOutcome(identity, null, ErrorOutcome.FromInvalidInput(message));
                context.Output.Error($"{identity}: {message}");
                invalid = true;
            }

            outcomes.Add(outcome);
        }

        if (context.Json)
        {
            context.Output.WriteJson<IReadOnlyList<IdentityOutcome>>(outcomes, CliOutput.Json.IReadOnlyListIdentityOutcome);
        }

        return sesFailed ? ExitCodes.SesError : invalid ? ExitCodes.UsageError : ExitCodes.Success;
    }
}
