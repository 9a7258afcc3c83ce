namespace Ses.Wrapper;

/// <summary>
/// Amazon SES behind one small facade: what ses.py offered (quota, stats, verified, verify, delete, send), typed,
/// asynchronous and validated. Every failure of SES, the network or a timeout surfaces as a <see cref="SesException"/>;
/// invalid input is refused with an <see cref="ArgumentException"/> before any request is made.
/// </summary>
/// <remarks>Register it with <c>services.AddSes()</c>; it is thread-safe and meant to be a singleton.</remarks>
public interface ISesService
{
    /// <summary>Returns the account's sending limits (ses.py <c>quota</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The 24-hour quota, what was sent in the last 24 hours and the maximum send rate.</returns>
    /// <exception cref="SesException">SES, the network or a timeout failed the call.</exception>
    Task<SendQuota> GetSendQuotaAsync(CancellationToken cancellationToken = default);

    /// <summary>Returns the sending statistics of the last two weeks, one point per 15 minutes, oldest first (ses.py <c>stats</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The data points sorted by time.</returns>
    /// <exception cref="SesException">SES, the network or a timeout failed the call.</exception>
    Task<IReadOnlyList<SendDataPoint>> GetSendStatisticsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Returns the email addresses whose verification succeeded (ses.py <c>verified</c>): every page of
    /// <c>ListIdentities</c>, checked with <c>GetIdentityVerificationAttributes</c> in batches of 100.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The verified addresses, in the order SES lists them.</returns>
    /// <exception cref="SesException">SES, the network or a timeout failed the call.</exception>
    Task<IReadOnlyList<string>> GetVerifiedEmailAddressesAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds an email address identity and makes SES send it a verification mail (ses.py <c>verify</c>).</summary>
    /// <param name="emailAddress">The address to verify.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The id of the SES request.</returns>
    /// <exception cref="ArgumentException"><paramref name="emailAddress"/> is not a valid address.</exception>
    /// <exception cref="SesException">SES, the network or a timeout failed the call.</exception>
    Task<string> VerifyEmailAddressAsync(string emailAddress, CancellationToken cancellationToken = default);

    /// <summary>Deletes an identity, an email address or a domain (ses.py <c>delete</c>).</summary>
    /// <param name="identity">The address or domain to delete.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The id of the SES request.</returns>
    /// <exception cref="ArgumentException"><paramref name="identity"/> is empty or contains a line break.</exception>
    /// <exception cref="SesException">SES, the network or a timeout failed the call.</exception>
    Task<string> DeleteIdentityAsync(string identity, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends a mail (ses.py <c>send</c>). The mail is validated first; it is never sent twice by a retry: only SES's
    /// "Maximum sending rate exceeded." answer is retried.
    /// </summary>
    /// <param name="mail">The mail.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The MessageId SES gave the mail and the request's id.</returns>
    /// <exception cref="ArgumentException">The mail is invalid; the exception names the field.</exception>
    /// <exception cref="SesException">SES, the network or a timeout failed the call.</exception>
    Task<SendResult> SendAsync(SesMail mail, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends many mails at the account's sending rate (recipients per second from GetSendQuota, less
    /// <see cref="SesBulkOptions.SafetyMargin"/>, or <see cref="SesBulkOptions.MaxSendRate"/>), with bounded
    /// concurrency, and yields one outcome per mail in input order. Sending-rate throttles are waited out and the mail
    /// sent again (never a mail that may have been accepted); "Daily message quota exceeded." stops sending and the
    /// remaining mails are reported <see cref="SendOutcomeStatus.NotSent"/>; a rejected or invalid mail fails alone.
    /// Cancelling stops promptly: mails not yet handed to SES are reported not sent, and the enumeration ends.
    /// </summary>
    /// <param name="mails">The mails; read lazily, so any size works.</param>
    /// <param name="progress">Receives progress after each outcome.</param>
    /// <param name="cancellationToken">Stops the send.</param>
    /// <returns>One outcome per mail read, in input order.</returns>
    /// <exception cref="SesException">The account's rate could not be read before anything was sent.</exception>
    IAsyncEnumerable<SendOutcome> SendManyAsync(IEnumerable<SesMail> mails, IProgress<BulkSendProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Sends many mails from an asynchronous source; see <see cref="SendManyAsync(IEnumerable{SesMail}, IProgress{BulkSendProgress}?, CancellationToken)"/>.</summary>
    /// <param name="mails">The mails; read lazily, so an endless source works with bounded memory.</param>
    /// <param name="progress">Receives progress after each outcome.</param>
    /// <param name="cancellationToken">Stops the send.</param>
    /// <returns>One outcome per mail read, in input order.</returns>
    /// <exception cref="SesException">The account's rate could not be read before anything was sent.</exception>
    IAsyncEnumerable<SendOutcome> SendManyAsync(IAsyncEnumerable<SesMail> mails, IProgress<BulkSendProgress>? progress = null, CancellationToken cancellationToken = default);
}
