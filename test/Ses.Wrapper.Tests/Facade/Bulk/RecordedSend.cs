namespace Ses.Wrapper.Tests.Facade.Bulk;

/// <summary>One SendEmail call seen by the mocked API layer.</summary>
internal sealed record RecordedSend(DateTimeOffset At, int Recipients, string FirstRecipient);
