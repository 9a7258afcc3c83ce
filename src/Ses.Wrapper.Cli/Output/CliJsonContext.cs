using System.Text.Json.Serialization;

namespace Ses.Wrapper.Cli.Output;

/// <summary>
/// The source-generated JSON metadata of everything <c>--json</c> writes (no reflection: safe for trimming and
/// Native AOT). Property names are those of the library types (<c>Max24HourSend</c>, <c>MessageId</c>, ...).
/// </summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    Converters = [typeof(UtcTimestampJsonConverter)])]
[JsonSerializable(typeof(SendQuota))]
[JsonSerializable(typeof(IReadOnlyList<SendDataPoint>))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(SendResult))]
[JsonSerializable(typeof(IReadOnlyList<IdentityOutcome>))]
[JsonSerializable(typeof(IReadOnlyList<IdentityView>))]
[JsonSerializable(typeof(SesDomainVerification))]
[JsonSerializable(typeof(IReadOnlyList<SesTemplateInfo>))]
[JsonSerializable(typeof(SesTemplate))]
[JsonSerializable(typeof(TemplateOutcome))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
