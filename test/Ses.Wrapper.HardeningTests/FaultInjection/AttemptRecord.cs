namespace Ses.Wrapper.HardeningTests.FaultInjection;

/// <summary>One SendEmail attempt as the fault-injecting endpoint saw and handled it.</summary>
/// <param name="Mail">The mail's index, read from its unique subject.</param>
/// <param name="Attempt">The 0-based attempt number for this mail.</param>
/// <param name="Fault">What the endpoint did.</param>
/// <param name="MessageId">The MessageId given when the endpoint accepted the mail, else null.</param>
internal sealed record AttemptRecord(int Mail, int Attempt, Fault Fault, string? MessageId)
{
    /// <summary>True when the endpoint accepted (would have delivered) the mail on this attempt.</summary>
    public bool Accepted => MessageId is not null;
}
