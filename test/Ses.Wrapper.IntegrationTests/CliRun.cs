namespace Ses.Wrapper.IntegrationTests;

/// <summary>What one run of the built <c>ses</c> tool did.</summary>
/// <param name="ExitCode">The process's exit code.</param>
/// <param name="StandardOutput">Everything written to standard output.</param>
/// <param name="StandardError">Everything written to standard error.</param>
internal sealed record CliRun(int ExitCode, string StandardOutput, string StandardError);
