using Microsoft.Extensions.Logging;

namespace Ses.Wrapper.Cli.Logging;

/// <summary>Writes <c>level: category: message</c> lines to standard error.</summary>
/// <param name="category">The logger's category.</param>
/// <param name="writer">Standard error.</param>
internal sealed class StderrLogger(string category, TextWriter writer) : ILogger
{
    /// <inheritdoc />
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    /// <inheritdoc />
    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    /// <inheritdoc />
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (!IsEnabled(logLevel))
        {
            return;
        }

        var message = formatter(state, exception);
        if (exception is not null)
        {
            message += $" [{exception.GetType().Name}]";
        }

        var line = $"{Level(logLevel)}: {category}: {message}";
        lock (writer)
        {
            writer.WriteLine(line);
        }
    }

    /// <summary>The short name of a level.</summary>
    public static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trace",
        LogLevel.Debug => "debug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warning",
        LogLevel.Error => "error",
        LogLevel.Critical => "critical",
        _ => "log",
    };
}
