using System.Text.Json.Serialization;
using Ses.Wrapper.Cli.Output;

namespace Ses.Wrapper.Cli.Commands.Bulk;

/// <summary>One line of <c>ses send-bulk --json</c> (JSON Lines): what happened to one recipient row.</summary>
/// <param name="Index">The mail's 0-based position.</param>
/// <param name="Line">The line of the recipients file it came from.</param>
/// <param name="Recipients">Its recipients.</param>
/// <param name="Status"><c>Sent</c>, <c>Failed</c> or <c>NotSent</c>.</param>
/// <param name="MessageId">The MessageId when sent.</param>
/// <param name="RequestId">The RequestId when sent.</param>
/// <param name="Attempts">How many times it was handed to SES.</param>
/// <param name="Error">Why it failed or was not sent.</param>
internal sealed record BulkOutcomeLine(
    int Index,
    int Line,
    IReadOnlyList<string> Recipients,
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? MessageId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RequestId,
    int Attempts,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ErrorOutcome? Error);
