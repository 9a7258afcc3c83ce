namespace Ses.Wrapper.IntegrationTests.Emulator;

/// <summary>The bodies of a stored mail; a missing part is null.</summary>
/// <param name="Text">The plain-text body.</param>
/// <param name="Html">The HTML body.</param>
public sealed record StoredBody(string? Text, string? Html);
