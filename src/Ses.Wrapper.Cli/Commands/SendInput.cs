namespace Ses.Wrapper.Cli.Commands;

/// <summary>The bodies of a mail to send, read from standard input and files before SES is called.</summary>
/// <param name="TextBody">The plain-text body, or null.</param>
/// <param name="HtmlBody">The HTML body, or null.</param>
internal sealed record SendInput(string? TextBody, string? HtmlBody);
