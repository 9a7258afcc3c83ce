namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>Sending statistics for one 15-minute interval.</summary>
public class SendDataPoint
{
    /// <summary>Recipients whose mail bounced.</summary>
    public long? Bounces { get; set; }

    /// <summary>Recipients who complained.</summary>
    public long? Complaints { get; set; }

    /// <summary>Recipients delivery was attempted to.</summary>
    public long? DeliveryAttempts { get; set; }

    /// <summary>Messages SES rejected.</summary>
    public long? Rejects { get; set; }

    /// <summary>The start of the interval, in UTC.</summary>
    public DateTime? Timestamp { get; set; }
}
