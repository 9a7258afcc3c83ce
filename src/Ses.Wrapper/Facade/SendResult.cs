namespace Ses.Wrapper;

/// <summary>What SES answered to a sent mail.</summary>
/// <param name="MessageId">The id SES gave the mail; it appears in bounce and complaint notifications.</param>
/// <param name="RequestId">The id of the SES request, for support cases.</param>
public sealed record SendResult(string MessageId, string RequestId);
