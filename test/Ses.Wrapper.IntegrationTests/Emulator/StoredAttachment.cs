namespace Ses.Wrapper.IntegrationTests.Emulator;

/// <summary>An attachment of a stored raw mail (mailparser's fields; the content base64-encoded).</summary>
/// <param name="Filename">The file name.</param>
/// <param name="ContentType">The MIME type.</param>
/// <param name="Content">The content, base64.</param>
public sealed record StoredAttachment(string? Filename, string? ContentType, string Content);
