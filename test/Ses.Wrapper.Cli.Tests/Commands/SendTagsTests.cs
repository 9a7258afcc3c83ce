using Ses.Wrapper.Cli.Commands;
using Ses.Wrapper.Cli.Hosting;

namespace Ses.Wrapper.Cli.Tests.Commands;

public class SendTagsTests
{
    [Test]
    public void ParseTags_NameValuePairs_ReturnsThem()
    {
        Assert.That(SendCommand.ParseTags(["a=1", "b=x=y"]), Is.EquivalentTo(new Dictionary<string, string> { ["a"] = "1", ["b"] = "x=y" }));
    }

    [Test]
    public void ParseTags_Null_ReturnsEmpty()
    {
        Assert.That(SendCommand.ParseTags(null), Is.Empty);
    }

    [Test]
    public void ParseTags_NoName_Throws()
    {
        var ex = Assert.Throws<CliUsageException>(() => SendCommand.ParseTags(["=value"]));

        Assert.That(ex!.Message, Is.EqualTo("--tag '=value' is not name=value."));
    }
}
