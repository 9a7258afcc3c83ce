namespace Ses.Wrapper.IntegrationTests.Emulator;

/// <summary>One mail in the emulator's /store, as it arrived.</summary>
/// <param name="MessageId">The MessageId the emulator answered with (<c>ses-</c> and nine digits).</param>
/// <param name="From">The sender: SendEmail's Source, or the From: header of a raw message.</param>
/// <param name="ReplyTo">The Reply-To addresses (SendEmail: only the first; raw: the header's text).</param>
/// <param name="Destination">The recipients.</param>
/// <param name="Subject">The subject, decoded.</param>
/// <param name="Body">The text and HTML bodies.</param>
/// <param name="Attachments">The attachments of a raw message.</param>
/// <param name="At">When the emulator received it, in Unix seconds.</param>
public sealed record StoredMail(
    string MessageId,
    string From,
    IReadOnlyList<string> ReplyTo,
    StoredDestination Destination,
    string Subject,
    StoredBody Body,
    IReadOnlyList<StoredAttachment> Attachments,
    long At);
