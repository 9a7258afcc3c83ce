using Amazon.Runtime;

namespace Ses.Wrapper.SimpleEmail.Internal;

/// <summary>SES error codes and messages that decide how an error is handled.</summary>
internal static class SesErrorCodes
{
    public const string Throttling = "Throttling";
    public const string MessageRejected = "MessageRejected";
    public const string SendingRateMessage = "Maximum sending rate exceeded";
    public const string DailyQuotaMessage = "Daily message quota exceeded";

    /// <summary>True for SES's "Maximum sending rate exceeded." throttle: worth waiting for and retrying.</summary>
    public static bool IsSendingRateThrottle(string? code, string? message) =>
        string.Equals(code, Throttling, StringComparison.OrdinalIgnoreCase)
        && message is not null
        && message.Contains(SendingRateMessage, StringComparison.OrdinalIgnoreCase);

    /// <summary>True for SES's "Daily message quota exceeded." throttle: retrying is pointless until the quota resets.</summary>
    public static bool IsDailyQuotaExceeded(string? code, string? message) =>
        string.Equals(code, Throttling, StringComparison.OrdinalIgnoreCase)
        && message is not null
        && message.Contains(DailyQuotaMessage, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="exception"/> is SES's sending-rate throttle.</summary>
    public static bool IsSendingRateThrottle(Exception exception) =>
        exception is AmazonServiceException ase && IsSendingRateThrottle(ase.ErrorCode, ase.Message);
}
