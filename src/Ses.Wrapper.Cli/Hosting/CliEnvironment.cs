using Microsoft.Extensions.DependencyInjection;

namespace Ses.Wrapper.Cli.Hosting;

/// <summary>What one run of <c>ses</c> reads from and writes to, and how its services are set up.</summary>
/// <param name="Stdin">Standard input: the mail body of <c>send</c>.</param>
/// <param name="Stdout">Standard output: results only.</param>
/// <param name="Stderr">Standard error: errors, warnings and <c>--verbose</c> logs.</param>
/// <param name="ConfigureServices">Runs before <c>AddSes</c>; services registered here (a mock <see cref="ISesService"/>) win.</param>
/// <param name="StdinIsTerminal">True when standard input is a terminal rather than a pipe or file.</param>
/// <param name="StdoutIsTerminal">True when standard output is a terminal: colours and the terminal's width are used.</param>
/// <param name="StderrIsTerminal">True when standard error is a terminal: live progress (<c>send-bulk</c>) is drawn there.</param>
internal sealed record CliEnvironment(
    TextReader Stdin,
    TextWriter Stdout,
    TextWriter Stderr,
    Action<IServiceCollection>? ConfigureServices = null,
    bool StdinIsTerminal = false,
    bool StdoutIsTerminal = false,
    bool StderrIsTerminal = false);
