namespace Ses.Wrapper.Cli.Commands.Bulk;

/// <summary>What <c>ses send-bulk</c> checked before sending: the recipients file, the mail template and the row count.</summary>
/// <param name="Recipients">The recipients file, opened.</param>
/// <param name="Template">Subject and bodies with placeholders.</param>
/// <param name="Count">How many mails the file gives.</param>
internal sealed record BulkInput(RecipientFile Recipients, MailTemplate Template, int Count);
