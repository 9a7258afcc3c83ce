namespace Ses.Wrapper;

/// <summary>The outcome of one mail of <see cref="ISesService.SendManyAsync(IEnumerable{SesMail}, IProgress{BulkSendProgress}?, CancellationToken)"/>.</summary>
/// <param name="Index">The mail's 0-based position in the input; outcomes come in this order.</param>
/// <param name="Mail">The mail.</param>
/// <param name="Status">Sent, failed or not sent.</param>
/// <param name="Result">The MessageId and RequestId when sent.</param>
/// <param name="Error">Why it failed or was not sent: an <see cref="SesException"/>, an <see cref="ArgumentException"/> for an invalid mail, or an <see cref="OperationCanceledException"/>.</param>
/// <param name="Attempts">How many times the mail was handed to SES (more than one only after sending-rate throttles).</param>
public sealed record SendOutcome(int Index, SesMail Mail, SendOutcomeStatus Status, SendResult? Result, Exception? Error, int Attempts);
