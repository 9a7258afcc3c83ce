namespace Ses.Wrapper;

/// <summary>What happened to one mail of a bulk send.</summary>
public enum SendOutcomeStatus
{
    /// <summary>SES accepted the mail; <see cref="SendOutcome.Result"/> holds its MessageId.</summary>
    Sent,

    /// <summary>The mail failed (invalid, rejected, or an error that may have let it through); <see cref="SendOutcome.Error"/> says why.</summary>
    Failed,

    /// <summary>The mail was not sent: the daily quota ran out or the send was cancelled first; <see cref="SendOutcome.Error"/> says why.</summary>
    NotSent,
}
