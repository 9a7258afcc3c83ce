using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace Ses.Wrapper.Cli.Commands;

/// <summary><c>ses --version</c>: prints the tool's version (not the host's, which differs in tests).</summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    /// <summary>The version of the tool: its informational version without the source revision.</summary>
    public static string Version { get; } = GetVersion();

    /// <inheritdoc />
    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        parseResult.InvocationConfiguration.Output.WriteLine(Version);
        return 0;
    }

    private static string GetVersion()
    {
        var version = typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
