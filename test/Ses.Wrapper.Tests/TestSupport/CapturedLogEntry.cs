using Microsoft.Extensions.Logging;

namespace Ses.Wrapper.Tests.TestSupport;

/// <summary>One log call captured by <see cref="CapturingLogger{T}"/>.</summary>
/// <param name="Level">The level.</param>
/// <param name="EventId">The event id and name.</param>
/// <param name="Message">The formatted message.</param>
/// <param name="State">The structured values of the call, as text.</param>
/// <param name="Exception">The exception logged with the call, if any.</param>
internal sealed record CapturedLogEntry(LogLevel Level, EventId EventId, string Message, IReadOnlyDictionary<string, string?> State, Exception? Exception)
{
    /// <summary>Everything the entry would show: message, structured values and the exception's full text.</summary>
    public string AllText => string.Join("\n", new[] { Message, Exception?.ToString() ?? string.Empty }.Concat(State.Select(kv => kv.Key + "=" + kv.Value)));
}
