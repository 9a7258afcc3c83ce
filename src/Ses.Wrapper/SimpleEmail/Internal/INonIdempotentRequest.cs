namespace Ses.Wrapper.SimpleEmail.Internal;

/// <summary>
/// Marks a request that must not be repeated after a failure that may have reached SES (it sends mail and SES has
/// no idempotency token for it).
/// </summary>
internal interface INonIdempotentRequest;
