namespace Ses.Wrapper.Tests.Facade.Bulk;

/// <summary>An <see cref="IProgress{T}"/> that keeps every report, synchronously and in order.</summary>
internal sealed class CollectingProgress : IProgress<BulkSendProgress>
{
    public List<BulkSendProgress> Reports { get; } = [];

    public void Report(BulkSendProgress value)
    {
        lock (Reports)
        {
            Reports.Add(value);
        }
    }
}
