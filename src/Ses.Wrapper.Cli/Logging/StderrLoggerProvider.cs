using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Ses.Wrapper.Cli.Logging;

/// <summary>
/// The logger of <c>--verbose</c>: one line per event on standard error, <c>level: category: message</c>, written
/// synchronously so nothing is lost when the process exits. Exceptions show as their type and message only.
/// </summary>
/// <param name="writer">Standard error.</param>
internal sealed class StderrLoggerProvider(TextWriter writer) : ILoggerProvider
{
    private readonly ConcurrentDictionary<string, StderrLogger> loggers = new(StringComparer.Ordinal);
#pragma warning disable CA2213 // The writer belongs to the caller.
    private readonly TextWriter writer = writer;
#pragma warning restore CA2213

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => loggers.GetOrAdd(categoryName, name => new StderrLogger(name, writer));

    /// <inheritdoc />
    public void Dispose() => loggers.Clear();
}
