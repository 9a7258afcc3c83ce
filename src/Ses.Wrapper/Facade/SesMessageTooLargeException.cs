using System.Globalization;

namespace Ses.Wrapper;

/// <summary>
/// A mail is larger than SES accepts. Thrown before any request is made; it is an <see cref="ArgumentException"/>, like
/// every other refusal of invalid input, and tells the sizes. SES v1 counts the base64 encoding of the whole raw
/// message, so a message of N bytes counts as 4·⌈N/3⌉: about 7.5 MB of MIME, or 5.5 MB of attachments, fill 10 MB.
/// </summary>
public sealed class SesMessageTooLargeException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="messageSize">The size of the MIME message, in bytes.</param>
    /// <param name="limit">The largest size SES accepts, in bytes of base64.</param>
    /// <param name="paramName">The argument that holds the mail.</param>
    public SesMessageTooLargeException(long messageSize, long limit, string? paramName)
        : base(Describe(messageSize, limit), paramName)
    {
        MessageSize = messageSize;
        Size = Base64Length(messageSize);
        Limit = limit;
    }

    /// <summary>The size of the raw MIME message, in bytes.</summary>
    public long MessageSize { get; }

    /// <summary>The size as SES counts it: the length of the message's base64 encoding.</summary>
    public long Size { get; }

    /// <summary>The largest <see cref="Size"/> SES accepts (<see cref="SesOptions.MaxRawMessageSize"/>).</summary>
    public long Limit { get; }

    /// <summary>The length of the base64 encoding of <paramref name="bytes"/> bytes.</summary>
    internal static long Base64Length(long bytes) => (bytes + 2) / 3 * 4;

    private static string Describe(long messageSize, long limit) => string.Format(
        CultureInfo.InvariantCulture,
        "The mail is too large for SES: {0:N0} bytes as SES counts them (the base64 of the {1:N0}-byte MIME message), but the limit is {2:N0} bytes.",
        Base64Length(messageSize),
        messageSize,
        limit);
}
