using Ses.Wrapper.Cli.Output;
using Ses.Wrapper.Cli.Tests.TestSupport;

namespace Ses.Wrapper.Cli.Tests.Output;

public class StatsViewTests
{
    [Test]
    public void Totals_Points_AreSummedPerCounter()
    {
        var totals = StatsView.Totals(SampleStats.Points);

        Assert.That((totals.DeliveryAttempts, totals.Bounces, totals.Complaints, totals.Rejects), Is.EqualTo((65L, 6L, 2L, 3L)));
    }

    [Test]
    public void Totals_NoPoints_AreZero()
    {
        var totals = StatsView.Totals([]);

        Assert.That((totals.DeliveryAttempts, totals.Bounces, totals.Complaints, totals.Rejects), Is.EqualTo((0L, 0L, 0L, 0L)));
    }

    [TestCase(6, 65, "9.23%")]
    [TestCase(0, 10, "0%")]
    [TestCase(1, 3, "33.33%")]
    [TestCase(0, 0, "n/a")]
    public void Rate_CountOfAttempts_IsAPercentage(long count, long attempts, string expected)
    {
        Assert.That(StatsView.Rate(count, attempts), Is.EqualTo(expected));
    }
}
