namespace Ses.Wrapper.Cli.Output;

/// <summary>What <c>ses templates put</c> or <c>delete</c> did, as written by <c>--json</c>.</summary>
/// <param name="Name">The template's name.</param>
/// <param name="Action"><c>Created</c>, <c>Updated</c> or <c>Deleted</c>.</param>
/// <param name="RequestId">The id of the SES request that did it.</param>
internal sealed record TemplateOutcome(string Name, string Action, string RequestId);
