namespace Ses.Wrapper.Cli.Commands.Bulk;

/// <summary>One recipient of a recipients file.</summary>
/// <param name="Line">The line the row starts on (1-based).</param>
/// <param name="Address">The address cell (it may list several addresses, comma-separated).</param>
/// <param name="Fields">The row's values by column name (case-insensitive); in a plain list, just <c>email</c>.</param>
/// <param name="Error">Why the row is unusable, or null.</param>
internal sealed record RecipientRow(int Line, string Address, IReadOnlyDictionary<string, string> Fields, string? Error);
