namespace Ses.Wrapper.HardeningTests.FaultInjection;

/// <summary>What the fault-injecting endpoint does with one SendEmail attempt.</summary>
internal enum Fault
{
    /// <summary>Accepts the mail and answers at once.</summary>
    None,

    /// <summary>Accepts the mail and answers after a short delay, well within the timeout.</summary>
    Latency,

    /// <summary>Answers "Maximum sending rate exceeded." (HTTP 400 Throttling) without accepting the mail.</summary>
    Throttle,

    /// <summary>Answers HTTP 500 InternalFailure without accepting the mail.</summary>
    InternalError,

    /// <summary>Resets the connection without accepting the mail.</summary>
    ResetBeforeAccept,

    /// <summary>Accepts the mail, then resets the connection before answering.</summary>
    ResetAfterAccept,

    /// <summary>Accepts the mail, sends the headers and part of the body, then resets the connection.</summary>
    ResetMidBody,

    /// <summary>Accepts the mail and answers only after the client's timeout.</summary>
    StallAfterAccept,

    /// <summary>Accepts the mail and answers 200 with an HTML page instead of SES's XML.</summary>
    UnreadableAfterAccept,
}
