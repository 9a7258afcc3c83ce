namespace Ses.Wrapper.Cli.Tests.TestSupport;

/// <summary>Runs ses in-process with the library's real ISesService (no mock): only for paths that fail before any request.</summary>
internal sealed class RealCli
{
    public async Task<CliResult> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await SesCli.RunAsync(args, new StringReader(string.Empty), stdout, stderr, null, CancellationToken.None);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }
}
