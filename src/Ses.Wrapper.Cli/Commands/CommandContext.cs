using Ses.Wrapper.Cli.Output;

namespace Ses.Wrapper.Cli.Commands;

/// <summary>What a command's body works with.</summary>
/// <param name="Ses">The SES facade.</param>
/// <param name="Output">Standard output and error.</param>
/// <param name="Json">True when <c>--json</c> was given.</param>
internal sealed record CommandContext(ISesService Ses, CliOutput Output, bool Json);
