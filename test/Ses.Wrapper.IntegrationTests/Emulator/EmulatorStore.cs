namespace Ses.Wrapper.IntegrationTests.Emulator;

/// <summary>The JSON of the emulator's GET /store: <c>{"templates":{},"emails":[...]}</c>.</summary>
/// <param name="Emails">The received mails, oldest first.</param>
public sealed record EmulatorStore(IReadOnlyList<StoredMail> Emails);
