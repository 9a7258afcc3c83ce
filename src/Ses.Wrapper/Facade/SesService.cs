using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Ses.Wrapper.Diagnostics;
using Ses.Wrapper.SimpleEmail;
using Ses.Wrapper.SimpleEmail.Model;

namespace Ses.Wrapper;

/// <summary>
/// The <see cref="ISesService"/> over an <see cref="IAmazonSimpleEmailService"/> client: validates input, builds the
/// SES requests, maps the answers and turns every failure into a <see cref="SesException"/>.
/// </summary>
public sealed partial class SesService : ISesService
{
    /// <summary>The most identities <c>GetIdentityVerificationAttributes</c> takes per call.</summary>
    public const int VerificationBatchSize = 100;

    private const string Utf8 = "UTF-8";
    private const int ListPageSize = 1000;

    private readonly IAmazonSimpleEmailService client;
    private readonly SesOptions options;
    private readonly ILogger logger;
    private readonly TimeProvider timeProvider;

    /// <summary>Creates the service.</summary>
    /// <param name="client">The SES API client.</param>
    /// <param name="options">The options: default sender, configuration set, bulk sending.</param>
    /// <param name="logger">The logger; none when null.</param>
    /// <param name="timeProvider">The clock for bulk sending's rate and backoff; the system clock when null.</param>
    public SesService(IAmazonSimpleEmailService client, IOptions<SesOptions> options, ILogger<SesService>? logger = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        this.client = client;
        this.options = options.Value;
        this.logger = (ILogger?)logger ?? NullLogger.Instance;
        this.timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public IAsyncEnumerable<SendOutcome> SendManyAsync(IEnumerable<SesMail> mails, IProgress<BulkSendProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mails);
        return SendManyAsync(mails.ToAsyncEnumerable(), progress, cancellationToken);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<SendOutcome> SendManyAsync(IAsyncEnumerable<SesMail> mails, IProgress<BulkSendProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mails);
        var sender = new SesBulkSender(this, mail => SesMailValidator.Validate(mail, options.DefaultSource), options.Bulk, timeProvider);
        return sender.SendManyAsync(mails, progress, cancellationToken);
    }

    /// <inheritdoc />
    public Task<SendQuota> GetSendQuotaAsync(CancellationToken cancellationToken = default) =>
        CallAsync("GetSendQuota", async ct =>
        {
            var response = await client.GetSendQuotaAsync(new GetSendQuotaRequest(), ct).ConfigureAwait(false);
            return new SendQuota(response.Max24HourSend ?? 0, response.SentLast24Hours ?? 0, response.MaxSendRate ?? 0);
        }, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<SendDataPoint>> GetSendStatisticsAsync(CancellationToken cancellationToken = default) =>
        CallAsync<IReadOnlyList<SendDataPoint>>("GetSendStatistics", async ct =>
        {
            var response = await client.GetSendStatisticsAsync(new GetSendStatisticsRequest(), ct).ConfigureAwait(false);
            return response.SendDataPoints
                .Select(p => new SendDataPoint(
                    ToUtc(p.Timestamp),
                    p.DeliveryAttempts ?? 0,
                    p.Bounces ?? 0,
                    p.Complaints ?? 0,
                    p.Rejects ?? 0))
                .OrderBy(p => p.Timestamp)
                .ToList();
        }, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> GetVerifiedEmailAddressesAsync(CancellationToken cancellationToken = default) =>
        CallAsync<IReadOnlyList<string>>("ListIdentities", async ct =>
        {
            var identities = await ListAllIdentitiesAsync(IdentityType.EmailAddress, ct).ConfigureAwait(false);
            var verified = new List<string>(identities.Count);
            foreach (var batch in identities.Chunk(VerificationBatchSize))
            {
                var request = new GetIdentityVerificationAttributesRequest { Identities = [.. batch] };
                var response = await client.GetIdentityVerificationAttributesAsync(request, ct).ConfigureAwait(false);
                verified.AddRange(batch.Where(identity =>
                    response.VerificationAttributes.TryGetValue(identity, out var attributes)
                    && attributes.VerificationStatus == VerificationStatus.Success));
            }

            return verified;
        }, cancellationToken);

    /// <inheritdoc />
    public Task<string> VerifyEmailAddressAsync(string emailAddress, CancellationToken cancellationToken = default)
    {
        SesMailValidator.CheckBareAddress(emailAddress, nameof(emailAddress));
        return CallAsync("VerifyEmailIdentity", async ct =>
        {
            var response = await client.VerifyEmailIdentityAsync(new VerifyEmailIdentityRequest { EmailAddress = emailAddress }, ct).ConfigureAwait(false);
            return RequestId(response);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<string> DeleteIdentityAsync(string identity, CancellationToken cancellationToken = default)
    {
        SesMailValidator.CheckIdentity(identity, nameof(identity));
        return CallAsync("DeleteIdentity", async ct =>
        {
            var response = await client.DeleteIdentityAsync(new DeleteIdentityRequest { Identity = identity }, ct).ConfigureAwait(false);
            return RequestId(response);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<SendResult> SendAsync(SesMail mail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var source = SesMailValidator.Validate(mail, options.DefaultSource);
        if (mail.Attachments.Count > 0)
        {
            return SendMailAsRawAsync(mail, source, cancellationToken);
        }

        var request = BuildSendEmailRequest(mail, source);
        return CallAsync("SendEmail", async ct =>
        {
            if (logger.IsEnabled(LogLevel.Debug))
            {
                SesLog.MailSending(logger, source, string.Join(", ", mail.To.Concat(mail.Cc).Concat(mail.Bcc)), mail.Subject);
            }

            var response = await client.SendEmailAsync(request, ct).ConfigureAwait(false);
            return Sent(response, response.MessageId, mail.RecipientCount);
        }, cancellationToken);
    }

    private SendEmailRequest BuildSendEmailRequest(SesMail mail, string source)
    {
        var body = new Body
        {
            Text = mail.TextBody is null ? null : new Content { Data = mail.TextBody, Charset = Utf8 },
            Html = mail.HtmlBody is null ? null : new Content { Data = mail.HtmlBody, Charset = Utf8 },
        };
        return new SendEmailRequest
        {
            Source = SesMime.EncodeForSendEmail(source, "mail.Source"),
            Destination = new Destination { ToAddresses = EncodeAll(mail.To, "mail.To"), CcAddresses = EncodeAll(mail.Cc, "mail.Cc"), BccAddresses = EncodeAll(mail.Bcc, "mail.Bcc") },
            Message = new Message(new Content { Data = mail.Subject, Charset = Utf8 }, body),
            ReplyToAddresses = EncodeAll(mail.ReplyTo, "mail.ReplyTo"),
            ReturnPath = mail.ReturnPath is null ? null : SesMime.EncodeForSendEmail(mail.ReturnPath, "mail.ReturnPath"),
            ConfigurationSetName = mail.ConfigurationSetName ?? options.ConfigurationSetName,
            Tags = [.. mail.Tags.Select(t => new MessageTag { Name = t.Key, Value = t.Value })],
        };
    }

    /// <summary>Addresses as SES's SendEmail takes them: ASCII ones unchanged, others with encoded names and punycode domains.</summary>
    private static List<string> EncodeAll(IList<string> addresses, string field) =>
        [.. addresses.Select((address, i) => SesMime.EncodeForSendEmail(address, $"{field}[{i}]"))];

    private async Task<List<string>> ListAllIdentitiesAsync(IdentityType? type, CancellationToken cancellationToken)
    {
        var identities = new List<string>();
        var seenTokens = new HashSet<string>(StringComparer.Ordinal);
        string? token = null;
        do
        {
            var request = new ListIdentitiesRequest { IdentityType = type, MaxItems = ListPageSize, NextToken = token };
            var response = await client.ListIdentitiesAsync(request, cancellationToken).ConfigureAwait(false);
            identities.AddRange(response.Identities);
            token = string.IsNullOrEmpty(response.NextToken) ? null : response.NextToken;
            if (token is not null && !seenTokens.Add(token))
            {
                throw new SesException($"SES returned the page token '{token}' twice while listing identities.", SesErrorKind.InvalidResponse, requestId: RequestId(response));
            }
        }
        while (token is not null);

        return identities;
    }

    private async Task<T> CallAsync<T>(string operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (SesExceptionTranslator.TryTranslate(ex, cancellationToken, out var translated))
        {
            SesTelemetry.Failures.Add(
                1,
                new KeyValuePair<string, object?>("rpc.method", operation),
                new KeyValuePair<string, object?>("error.type", translated.Code ?? translated.Kind.ToString()));
            if (translated.IsThrottling)
            {
                SesTelemetry.Throttles.Add(1, new KeyValuePair<string, object?>("ses.throttle.kind", translated.Kind.ToString()));
                SesLog.Throttled(logger, operation, translated.Kind, translated.RequestId);
            }
            else
            {
                SesLog.SesError(logger, operation, translated.Kind, translated.Code, translated.RequestId, (int?)translated.StatusCode, translated);
            }

            throw translated;
        }
    }

    /// <summary>An API timestamp as a UTC offset: a local time is converted, an unspecified one is taken as UTC.</summary>
    private static DateTimeOffset ToUtc(DateTime? timestamp) => timestamp switch
    {
        null => DateTimeOffset.MinValue,
        { Kind: DateTimeKind.Local } local => new DateTimeOffset(local.ToUniversalTime()),
        { } other => new DateTimeOffset(DateTime.SpecifyKind(other, DateTimeKind.Utc)),
    };

    /// <summary>Logs and counts a mail SES accepted, and returns its result.</summary>
    private SendResult Sent(Amazon.Runtime.AmazonWebServiceResponse response, string? messageId, int recipients)
    {
        var result = new SendResult(messageId ?? string.Empty, RequestId(response));
        SesLog.MailSent(logger, result.MessageId, recipients, result.RequestId);
        SesTelemetry.MailsSent.Add(1);
        SesTelemetry.RecipientsSent.Add(recipients);
        return result;
    }

    private static string RequestId(Amazon.Runtime.AmazonWebServiceResponse response) => response.ResponseMetadata?.RequestId ?? string.Empty;
}
