namespace Ses.Wrapper;

/// <summary>Progress of a bulk send, reported after each outcome; every count only grows.</summary>
/// <param name="Completed">Mails with an outcome so far.</param>
/// <param name="Sent">Mails SES accepted.</param>
/// <param name="Failed">Mails that failed.</param>
/// <param name="NotSent">Mails not sent (daily quota or cancellation).</param>
/// <param name="RecipientsSent">Recipients of the mails SES accepted.</param>
/// <param name="Throttles">Sending-rate throttles answered by SES (each was waited for and retried).</param>
/// <param name="Elapsed">Time since the bulk send started.</param>
/// <param name="TargetRate">The current target rate, in recipients per second.</param>
public sealed record BulkSendProgress(int Completed, int Sent, int Failed, int NotSent, long RecipientsSent, int Throttles, TimeSpan Elapsed, double TargetRate)
{
    /// <summary>The recipients sent per second so far.</summary>
    public double RecipientsPerSecond => Elapsed > TimeSpan.Zero ? RecipientsSent / Elapsed.TotalSeconds : 0;
}
