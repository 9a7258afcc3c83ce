namespace Ses.Wrapper.Sample.Web.Models;

/// <summary>The answer of <c>POST /mail/verified</c>: SES sent the address a verification mail.</summary>
/// <param name="EmailAddress">The address being verified.</param>
/// <param name="RequestId">The id of the SES request.</param>
public sealed record VerificationStarted(string EmailAddress, string RequestId);
