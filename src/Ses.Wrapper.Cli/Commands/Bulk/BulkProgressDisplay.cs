using Spectre.Console;

namespace Ses.Wrapper.Cli.Commands.Bulk;

/// <summary>
/// The live progress bar of <c>ses send-bulk</c> on standard error (sent / failed / rate / ETA), drawn only when
/// standard error is a terminal; otherwise nothing is drawn.
/// </summary>
internal sealed class BulkProgressDisplay : IProgress<BulkSendProgress>
{
    private BulkSendProgress? latest;
    private ProgressTask? task;

    /// <summary>The latest progress the library reported.</summary>
    public BulkSendProgress? Latest => Volatile.Read(ref latest);

    /// <inheritdoc />
    public void Report(BulkSendProgress value) => Volatile.Write(ref latest, value);

    /// <summary>Runs <paramref name="body"/>, with a live bar on <paramref name="stderr"/> when <paramref name="live"/>.</summary>
    public async Task RunAsync(TextWriter stderr, bool live, int total, Func<Task> body)
    {
        if (!live)
        {
            await body().ConfigureAwait(false);
            return;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(stderr),
        });
        await console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                task = context.AddTask("sending", maxValue: Math.Max(total, 1));
                await body().ConfigureAwait(false);
                task.Value = task.MaxValue;
            })
            .ConfigureAwait(false);
    }

    /// <summary>Updates the bar after an outcome.</summary>
    public void Update(int completed, int sent, int failed)
    {
        if (task is null)
        {
            return;
        }

        var rate = Latest?.RecipientsPerSecond ?? 0;
        task.Description = $"sent {sent}  failed {failed}  {rate:0.0}/s";
        task.Value = completed;
    }
}
