namespace Ses.Wrapper.Cli.Tests.TestSupport;

/// <summary>The data points of the GetSendStatistics fixture, in its (unsorted) document order.</summary>
internal static class SampleStats
{
    public static IReadOnlyList<SendDataPoint> Points { get; } =
    [
        new(At(2011, 8, 13, 2, 43), 12, 1, 0, 0),
        new(At(2011, 8, 12, 18, 13), 7, 0, 1, 0),
        new(At(2011, 8, 13, 9, 58), 25, 2, 0, 1),
        new(At(2011, 8, 12, 21, 28), 3, 0, 0, 2),
        new(At(2011, 8, 13, 5, 43), 18, 3, 1, 0),
    ];

    public static DateTimeOffset At(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
