using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Ses.Wrapper.Cli.Output;

/// <summary>
/// Where a command writes: results to standard output (plain lines, JSON, or Spectre.Console renderings), errors and
/// warnings to standard error.
/// </summary>
internal sealed class CliOutput
{
    private readonly TextWriter stdout;
    private readonly TextWriter stderr;
    private readonly Lazy<IAnsiConsole> console;

    /// <summary>Creates the output.</summary>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <param name="stdoutIsTerminal">True to use colours and the terminal's width; false renders plain, 80 columns wide.</param>
    public CliOutput(TextWriter stdout, TextWriter stderr, bool stdoutIsTerminal)
    {
        this.stdout = stdout;
        this.stderr = stderr;
        console = new Lazy<IAnsiConsole>(() => CreateConsole(stdout, stdoutIsTerminal));
    }

    /// <summary>The JSON metadata used by <see cref="WriteJson{T}"/>: indented, non-ASCII text kept readable.</summary>
    public static CliJsonContext Json { get; } = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new UtcTimestampJsonConverter() },
    });

    /// <summary>Writes one line to standard output.</summary>
    public void WriteLine(string line) => stdout.WriteLine(line);

    /// <summary>Writes <paramref name="value"/> as JSON, and nothing else, to standard output.</summary>
    public void WriteJson<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        stdout.WriteLine(JsonSerializer.Serialize(value, typeInfo));
    }

    /// <summary>Renders a Spectre.Console renderable to standard output.</summary>
    public void Render(IRenderable renderable) => console.Value.Write(renderable);

    /// <summary>Writes <c>error: message</c> to standard error.</summary>
    public void Error(string message) => stderr.WriteLine("error: " + message);

    /// <summary>Writes <c>warning: message</c> to standard error.</summary>
    public void Warning(string message) => stderr.WriteLine("warning: " + message);

    /// <summary>Writes a note to standard error (hints that are not results).</summary>
    public void Note(string message) => stderr.WriteLine(message);

    private static IAnsiConsole CreateConsole(TextWriter writer, bool isTerminal)
    {
        var settings = new AnsiConsoleSettings
        {
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
            Enrichment = new ProfileEnrichment { UseDefaultEnrichers = false },
        };
        var created = AnsiConsole.Create(settings);
        if (!isTerminal)
        {
            created.Profile.Width = 80;
            created.Profile.Capabilities.Unicode = true;
        }

        return created;
    }
}
