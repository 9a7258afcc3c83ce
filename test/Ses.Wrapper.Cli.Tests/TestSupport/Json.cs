using System.Text.Json;

namespace Ses.Wrapper.Cli.Tests.TestSupport;

/// <summary>Parses what --json printed; fails the test when it is not exactly one JSON document.</summary>
internal static class Json
{
    public static JsonElement Parse(string stdout)
    {
        using var document = JsonDocument.Parse(stdout);
        return document.RootElement.Clone();
    }

    public static string[] PropertyNames(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];
}
