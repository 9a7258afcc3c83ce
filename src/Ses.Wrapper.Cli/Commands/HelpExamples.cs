using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Ses.Wrapper.Cli.Commands;

/// <summary>Adds an "Examples:" section to the help of each command that has examples.</summary>
internal sealed class HelpExamples
{
    private readonly Dictionary<Command, string[]> examples = [];

    /// <summary>Registers the examples shown in <paramref name="command"/>'s help.</summary>
    public void Add(Command command, params string[] lines) => examples[command] = lines;

    /// <summary>The examples of a command; empty when it has none.</summary>
    public IReadOnlyList<string> For(Command command) => examples.TryGetValue(command, out var lines) ? lines : [];

    /// <summary>Wraps the help action of <paramref name="root"/> (used by every subcommand) to append the section.</summary>
    public void Install(Command root, int? maxWidth)
    {
        ArgumentNullException.ThrowIfNull(root);
        var help = root.Options.OfType<HelpOption>().Single();
        if (help.Action is not HelpAction standard)
        {
            return;
        }

        if (maxWidth is { } width)
        {
            standard.MaxWidth = width;
        }

        help.Action = new WithExamples(standard, this);
    }

    private sealed class WithExamples(HelpAction standard, HelpExamples examples) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var result = standard.Invoke(parseResult);
            var lines = examples.For(parseResult.CommandResult.Command);
            if (lines.Count > 0)
            {
                var output = parseResult.InvocationConfiguration.Output;
                output.WriteLine("Examples:");
                foreach (var line in lines)
                {
                    output.WriteLine(line.Length == 0 ? string.Empty : "  " + line);
                }

                output.WriteLine();
            }

            return result;
        }
    }
}
