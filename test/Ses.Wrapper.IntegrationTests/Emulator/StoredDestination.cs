namespace Ses.Wrapper.IntegrationTests.Emulator;

/// <summary>The recipients of a stored mail. For SendEmail the emulator keeps only the first address of each list.</summary>
/// <param name="To">The To: recipients.</param>
/// <param name="Cc">The Cc: recipients.</param>
/// <param name="Bcc">The Bcc: recipients.</param>
public sealed record StoredDestination(IReadOnlyList<string> To, IReadOnlyList<string> Cc, IReadOnlyList<string> Bcc);
