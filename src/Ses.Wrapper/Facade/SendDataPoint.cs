namespace Ses.Wrapper;

/// <summary>Sending statistics for one 15-minute interval.</summary>
/// <param name="Timestamp">The start of the interval, in UTC.</param>
/// <param name="DeliveryAttempts">Recipients delivery was attempted to.</param>
/// <param name="Bounces">Recipients whose mail bounced.</param>
/// <param name="Complaints">Recipients who complained.</param>
/// <param name="Rejects">Messages SES rejected.</param>
public sealed record SendDataPoint(DateTimeOffset Timestamp, long DeliveryAttempts, long Bounces, long Complaints, long Rejects);
