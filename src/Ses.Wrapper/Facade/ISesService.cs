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

    /// <summary>
    /// Sends a caller's own MIME message as raw mail (SendRawEmail). The message is prepared for transport (parts without a
    /// 7-bit-safe transfer encoding get quoted-printable or base64) and written with CRLF line ends and RFC 2047 encoded
    /// headers; a Bcc header is never written: its addresses go to the envelope only. Without
    /// <see cref="SesRawSendOptions.Destinations"/> the envelope takes every To, Cc and Bcc address.
    /// </summary>
    /// <param name="message">The message; it is modified only by the transfer-encoding preparation (and gets
    /// <see cref="SesOptions.DefaultSource"/> as From when it has none).</param>
    /// <param name="sendOptions">Envelope recipients and sender, configuration set and tags; all optional.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The MessageId SES gave the mail and the request's id.</returns>
    /// <exception cref="SesMessageTooLargeException">The message is larger than <see cref="SesOptions.MaxRawMessageSize"/> as SES counts it.</exception>
    /// <exception cref="ArgumentException">The message has no sender or recipients, too many recipients, or an address that needs SMTPUTF8.</exception>
    /// <exception cref="SesException">SES, the network or a timeout failed the call.</exception>
    Task<SendResult> SendRawAsync(MimeKit.MimeMessage message, SesRawSendOptions? sendOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends an RFC 5322 message read from a stream (an .eml file, for example): it is parsed with MimeKit and sent as
    /// <see cref="SendRawAsync(MimeKit.MimeMessage, SesRawSendOptions?, CancellationToken)"/> does. A seekable stream is
    /// not copied into memory; it must stay open until the call ends.
    /// </summary>
    /// <param name="message">The message, from its current position.</param>
    /// <param name="sendOptions">Envelope recipients and sender, configuration set and tags; all optional.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The MessageId SES gave the mail and the request's id.</returns>
    /// <exception cref="SesMessageTooLargeException">The message is larger than <see cref="SesOptions.MaxRawMessageSize"/> as SES counts it.</exception>
    /// <exception cref="ArgumentException">The stream is not a message, or the message is invalid as above.</exception>
    /// <exception cref="SesException">SES, the network or a timeout failed the call.</exception>
    Task<SendResult> SendRawAsync(Stream message, SesRawSendOptions? sendOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Creates an email template.</summary>
    /// <param name="template">The template.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The id of the SES request.</returns>
    /// <exception cref="ArgumentException">The template is invalid; the exception names the field.</exception>
    /// <exception cref="SesException">SES, the network or a timeout failed the call (code <c>AlreadyExists</c> when the name is taken).</exception>
    Task<string> CreateTemplateAsync(SesTemplate template, CancellationToken cancellationToken = default);

    /// <summary>Replaces an email template's subject and bodies.</summary>
    /// <param name="template">The template, named by its <see cref="SesTemplate.Name"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The id of the SES request.</returns>
    /// <exception cref="ArgumentException">The template is invalid; the exception names the field.</exception>
    /// <exception cref="SesException">SES, the network or a timeout failed the call (code <c>TemplateDoesNotExist</c> for an unknown name).</exception>
    Task<string> UpdateTemplateAsync(SesTemplate template, CancellationToken cancellationToken = default);

    /// <summary>Returns an email template.</summary>
    /// <param name="name">The template's name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The template.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a valid template name.</exception>
    /// <exception cref="SesException">SES, the network or a timeout failed the call (code <c>TemplateDoesNotExist</c> for an unknown name).</exception>
    Task<SesTemplate> GetTemplateAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Returns every email template of the account (all pages), in the order SES lists them.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The templates' names and creation times.</returns>
    /// <exception cref="SesException">SES, the network or a timeout failed the call.</exception>
    Task<IReadOnlyList<SesTemplateInfo>> ListTemplatesAsync(CancellationToken cancellationToken = default);

    /// <summary>Deletes an email template.</summary>
    /// <param name="name">The template's name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The id of the SES request.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a valid template name.</exception>
    /// <exception cref="SesException">SES, the network or a timeout failed the call.</exception>
    Task<string> DeleteTemplateAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Sends a mail made from a template and its JSON data (SendTemplatedEmail); never sent twice by a retry.</summary>
    /// <param name="mail">The mail.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The MessageId SES gave the mail and the request's id.</returns>
    /// <exception cref="ArgumentException">The mail is invalid (the template data must be a JSON object); the exception names the field.</exception>
    /// <exception cref="SesException">SES, the network or a timeout failed the call (code <c>TemplateDoesNotExist</c> for an unknown template).</exception>
    Task<SendResult> SendTemplatedAsync(SesTemplatedMail mail, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends one templated mail per destination (SendBulkTemplatedEmail), in calls of at most 50 destinations, and returns
    /// one result per destination in input order, each with its own status and MessageId. Throws only when nothing was
    /// sent (the first call failed); once a call succeeded, a later failed call is reported on its destinations, and a
    /// failure that will not pass (not a throttle or a timeout) marks the remaining destinations <c>NotSent</c>.
    /// </summary>
    /// <param name="mail">The template, defaults and destinations.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One result per destination.</returns>
    /// <exception cref="ArgumentException">The mail is invalid; the exception names the field.</exception>
    /// <exception cref="SesException">The first call failed, so nothing was sent.</exception>
    Task<IReadOnlyList<SesBulkResult>> SendBulkTemplatedAsync(SesBulkTemplatedMail mail, CancellationToken cancellationToken = default);

    /// <summary>
    /// Returns every identity of the account, addresses and domains, with its verification status: every page of
    /// <c>ListIdentities</c>, checked with <c>GetIdentityVerificationAttributes</c> in batches of 100.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The identities, in the order SES lists them.</returns>
    /// <exception cref="SesException">SES, the network or a timeout failed the call.</exception>
    Task<IReadOnlyList<SesIdentity>> ListIdentitiesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts verifying a domain (VerifyDomainIdentity) and sets up Easy DKIM for it (VerifyDomainDkim); returns the tokens
    /// and the DNS records to publish: <c>_amazonses.{domain} TXT {token}</c> and, per DKIM token,
    /// <c>{token}._domainkey.{domain} CNAME {token}.dkim.amazonses.com</c>. An internationalised domain is sent in punycode.
    /// </summary>
    /// <param name="domain">The domain, for example <c>example.com</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tokens and the DNS records.</returns>
    /// <exception cref="ArgumentException"><paramref name="domain"/> is not a domain name.</exception>
    /// <exception cref="SesException">SES, the network or a timeout failed the call.</exception>
    Task<SesDomainVerification> VerifyDomainAsync(string domain, CancellationToken cancellationToken = default);

    /// <summary>
    /// Returns the DNS records a domain identity needs (its TXT record and its DKIM CNAME records), read with
    /// GetIdentityVerificationAttributes and GetIdentityDkimAttributes without changing anything.
    /// </summary>
    /// <param name="domain">The domain, already added with <see cref="VerifyDomainAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The records: the TXT record first, then the CNAME records.</returns>
    /// <exception cref="ArgumentException"><paramref name="domain"/> is not a domain name, or not an identity of the account.</exception>
    /// <exception cref="SesException">SES, the network or a timeout failed the call.</exception>
    Task<IReadOnlyList<SesDnsRecord>> GetDomainDnsRecordsAsync(string domain, CancellationToken cancellationToken = default);

    /// <summary>Returns the DKIM state of identities (GetIdentityDkimAttributes, in batches of 100).</summary>
    /// <param name="identities">Addresses and domains.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One entry per identity, in input order; <see cref="SesVerificationStatus.Unknown"/> for one SES did not report.</returns>
    /// <exception cref="ArgumentException">An identity is neither an address nor a domain.</exception>
    /// <exception cref="SesException">SES, the network or a timeout failed the call.</exception>
    Task<IReadOnlyList<SesDkimAttributes>> GetDkimAttributesAsync(IEnumerable<string> identities, CancellationToken cancellationToken = default);
}
