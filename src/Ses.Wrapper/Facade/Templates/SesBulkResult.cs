namespace Ses.Wrapper;

/// <summary>What became of one destination of <see cref="ISesService.SendBulkTemplatedAsync"/>.</summary>
/// <param name="Index">The destination's position in <see cref="SesBulkTemplatedMail.Destinations"/>.</param>
/// <param name="Status">
/// SES's status: <c>Success</c>, or why the mail was not sent (<c>MessageRejected</c>, <c>AccountThrottled</c>…). When the
/// call carrying this destination failed as a whole, the error code of that failure (for example <c>Throttling</c>), or
/// <c>NotSent</c> when the destination was not attempted because an earlier call failed for good.
/// </param>
/// <param name="MessageId">The id SES gave the mail; null when it was not sent.</param>
/// <param name="Error">What went wrong; null on success.</param>
/// <param name="Exception">The failure of the whole call carrying this destination, if that is what happened.</param>
public sealed record SesBulkResult(int Index, string Status, string? MessageId, string? Error, SesException? Exception = null)
{
    /// <summary>The status of a destination that was not attempted.</summary>
    public const string NotSent = "NotSent";

    /// <summary>True when SES accepted the mail.</summary>
    public bool IsSuccess => Status == "Success";
}
