using Ses.Wrapper.Cli.Output;

namespace Ses.Wrapper.Cli.Tests.Output;

public class QuotaViewTests
{
    [TestCase(50000, 127, "0.25% of the 24-hour quota")]
    [TestCase(200, 200, "100% of the 24-hour quota")]
    [TestCase(200, 0, "0% of the 24-hour quota")]
    [TestCase(3, 1, "33.33% of the 24-hour quota")]
    [TestCase(-1, 5, "no limit (unlimited quota)")]
    [TestCase(0, 0, "n/a (the 24-hour quota is 0)")]
    public void Share_Quota_IsFormattedAsPercentage(double max, double sent, string expected)
    {
        Assert.That(QuotaView.Share(new SendQuota(max, sent, 1)), Is.EqualTo(expected));
    }

    [TestCase(50000, "50,000")]
    [TestCase(0.5, "0.5")]
    [TestCase(1234567.891, "1,234,567.89")]
    [TestCase(0, "0")]
    public void Number_Value_IsFormattedInvariantly(double value, string expected)
    {
        Assert.That(QuotaView.Number(value), Is.EqualTo(expected));
    }

    [Test]
    public void Rows_Quota_HaveSesPyKeyNamesInOrder()
    {
        var keys = QuotaView.Rows(new SendQuota(1000, 0, 1)).Select(r => r.Key);

        Assert.That(keys, Is.EqualTo(new[] { "Max24HourSend", "SentLast24Hours", "Remaining", "MaxSendRate", "Used" }));
    }

    [Test]
    public void Rows_OverQuota_RemainingIsZero()
    {
        var remaining = QuotaView.Rows(new SendQuota(100, 150, 1)).Single(r => r.Key == "Remaining").Value;

        Assert.That(remaining, Is.EqualTo("0"));
    }
}
