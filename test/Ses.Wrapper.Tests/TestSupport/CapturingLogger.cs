using Microsoft.Extensions.Logging;

namespace Ses.Wrapper.Tests.TestSupport;

/// <summary>An <see cref="ILogger{T}"/> with every level enabled that keeps what is logged.</summary>
/// <typeparam name="T">The category.</typeparam>
internal sealed class CapturingLogger<T> : ILogger<T>
{
    private readonly List<CapturedLogEntry> entries = [];

    /// <summary>The entries logged so far, oldest first.</summary>
    public IReadOnlyList<CapturedLogEntry> Entries
    {
        get
        {
            lock (entries)
            {
                return [.. entries];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? pairs.ToDictionary(p => p.Key, p => p.Value?.ToString(), StringComparer.Ordinal)
            : new Dictionary<string, string?>(StringComparer.Ordinal);
        lock (entries)
        {
            entries.Add(new CapturedLogEntry(logLevel, eventId, formatter(state, exception), values, exception));
        }
    }
}
