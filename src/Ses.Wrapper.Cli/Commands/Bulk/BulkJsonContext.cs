using System.Text.Json.Serialization;

namespace Ses.Wrapper.Cli.Commands.Bulk;

/// <summary>Source-generated JSON metadata of <c>ses send-bulk --json</c>: one compact document per line.</summary>
[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(BulkOutcomeLine))]
internal sealed partial class BulkJsonContext : JsonSerializerContext;
