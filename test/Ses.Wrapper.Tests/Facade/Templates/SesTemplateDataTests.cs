using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Ses.Wrapper.Tests.Facade.Templates;

/// <summary>SesTemplateData: JSON objects from source-generated metadata, nodes or reflection.</summary>
[TestFixture]
public sealed partial class SesTemplateDataTests
{
    [Test]
    public void From_JsonTypeInfo_SerializesTheObject()
    {
        var json = SesTemplateData.From(new Welcome("Ann", 3), WelcomeContext.Default.Welcome);

        Assert.That(json, Is.EqualTo("{\"name\":\"Ann\",\"plan\":3}"));
    }

    [Test]
    public void From_JsonObject_SerializesIt()
    {
        Assert.That(SesTemplateData.From(new JsonObject { ["a"] = 1 }), Is.EqualTo("{\"a\":1}"));
    }

    [Test]
    public void From_AnonymousObjectByReflection_SerializesIt()
    {
        Assert.That(SesTemplateData.From(new { name = "Bo" }), Is.EqualTo("{\"name\":\"Bo\"}"));
    }

    [Test]
    public void From_ValueThatIsNotAnObject_ThrowsNamingData()
    {
        var error = Assert.Throws<ArgumentException>(() => SesTemplateData.From(new[] { 1, 2 }));

        Assert.That(error!.ParamName, Is.EqualTo("data"));
    }

    internal sealed record Welcome([property: JsonPropertyName("name")] string Name, [property: JsonPropertyName("plan")] int Plan);

    [JsonSerializable(typeof(Welcome))]
    internal sealed partial class WelcomeContext : JsonSerializerContext;
}
