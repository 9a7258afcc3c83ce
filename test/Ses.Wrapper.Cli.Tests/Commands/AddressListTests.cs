using Ses.Wrapper.Cli.Commands;

namespace Ses.Wrapper.Cli.Tests.Commands;

public class AddressListTests
{
    [Test]
    public void Split_CommaList_ReturnsEachAddress()
    {
        Assert.That(AddressList.Split(["a@x.com,b@x.com,c@x.com"]), Is.EqualTo(new[] { "a@x.com", "b@x.com", "c@x.com" }));
    }

    [Test]
    public void Split_SpacesAroundItems_AreTrimmed()
    {
        Assert.That(AddressList.Split([" a@x.com ,  b@x.com\t"]), Is.EqualTo(new[] { "a@x.com", "b@x.com" }));
    }

    [Test]
    public void Split_EmptyItems_AreDropped()
    {
        Assert.That(AddressList.Split([",a@x.com,,b@x.com,"]), Is.EqualTo(new[] { "a@x.com", "b@x.com" }));
    }

    [Test]
    public void Split_SeveralValues_AreConcatenatedInOrder()
    {
        Assert.That(AddressList.Split(["a@x.com,b@x.com", "c@x.com"]), Is.EqualTo(new[] { "a@x.com", "b@x.com", "c@x.com" }));
    }

    [Test]
    public void Split_QuotedDisplayNameWithComma_StaysOneAddress()
    {
        Assert.That(AddressList.Split(["\"Doe, Jane\" <jane@x.com>,john@x.com"]), Is.EqualTo(new[] { "\"Doe, Jane\" <jane@x.com>", "john@x.com" }));
    }

    [Test]
    public void Split_EscapedQuoteInDisplayName_StaysInsideTheQuotes()
    {
        Assert.That(AddressList.Split(["\"Jane \\\"JD\\\", Doe\" <jane@x.com>,b@x.com"]), Is.EqualTo(new[] { "\"Jane \\\"JD\\\", Doe\" <jane@x.com>", "b@x.com" }));
    }

    [Test]
    public void Split_CommaInsideAngleBrackets_IsKept()
    {
        Assert.That(AddressList.Split(["Jane <jane@x.com,>"]), Is.EqualTo(new[] { "Jane <jane@x.com,>" }));
    }

    [Test]
    public void Split_Null_ReturnsEmpty()
    {
        Assert.That(AddressList.Split(null), Is.Empty);
    }

    [Test]
    public void Split_OnlyCommasAndSpaces_ReturnsEmpty()
    {
        Assert.That(AddressList.Split([" , ,"]), Is.Empty);
    }

    [Test]
    public void Split_SingleAddress_ReturnsIt()
    {
        Assert.That(AddressList.Split(["a@x.com"]), Is.EqualTo(new[] { "a@x.com" }));
    }
}
