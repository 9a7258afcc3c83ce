using System.Text.Json;
using Ses.Wrapper.Cli.Output;

namespace Ses.Wrapper.Cli.Tests.Output;

public class UtcTimestampJsonConverterTests
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new UtcTimestampJsonConverter() } };

    [Test]
    public void Write_UtcWholeSeconds_HasZAndNoFraction()
    {
        Assert.That(JsonSerializer.Serialize(new DateTimeOffset(2011, 8, 13, 2, 43, 0, TimeSpan.Zero), Options), Is.EqualTo("\"2011-08-13T02:43:00Z\""));
    }

    [Test]
    public void Write_OtherOffset_IsConvertedToUtc()
    {
        Assert.That(JsonSerializer.Serialize(new DateTimeOffset(2011, 8, 13, 4, 43, 0, TimeSpan.FromHours(2)), Options), Is.EqualTo("\"2011-08-13T02:43:00Z\""));
    }

    [Test]
    public void Write_Milliseconds_AreKept()
    {
        Assert.That(JsonSerializer.Serialize(new DateTimeOffset(2024, 4, 22, 14, 5, 31, 482, TimeSpan.Zero), Options), Is.EqualTo("\"2024-04-22T14:05:31.482Z\""));
    }

    [Test]
    public void Read_WrittenValue_RoundTrips()
    {
        var value = new DateTimeOffset(2011, 8, 13, 2, 43, 0, TimeSpan.Zero);

        Assert.That(JsonSerializer.Deserialize<DateTimeOffset>(JsonSerializer.Serialize(value, Options), Options), Is.EqualTo(value));
    }
}
