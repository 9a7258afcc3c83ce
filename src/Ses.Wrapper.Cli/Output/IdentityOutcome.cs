using System.Text.Json.Serialization;

namespace Ses.Wrapper.Cli.Output;

/// <summary>What happened to one address of <c>ses verify</c> or <c>ses delete</c>, as written by <c>--json</c>.</summary>
/// <param name="Identity">The address (or domain) as given.</param>
/// <param name="RequestId">The id of the SES request when it succeeded.</param>
/// <param name="Error">The failure, when it failed.</param>
internal sealed record IdentityOutcome(
    string Identity,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RequestId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ErrorOutcome? Error)
{
    /// <summary>True when the call succeeded.</summary>
    public bool Succeeded => Error is null;
}
