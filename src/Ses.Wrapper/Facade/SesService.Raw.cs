using Microsoft.Extensions.Logging;
using MimeKit;
using Ses.Wrapper.Diagnostics;
using Ses.Wrapper.SimpleEmail.Model;

namespace Ses.Wrapper;

/// <summary>Raw MIME sending: mails with attachments, the caller's own <see cref="MimeMessage"/> or RFC 5322 stream.</summary>
public sealed partial class SesService
{
    /// <inheritdoc />
    public Task<SendResult> SendRawAsync(MimeMessage message, SesRawSendOptions? sendOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var envelope = RawEnvelope(message, sendOptions, "message");
        return SendMimeAsync(message, envelope, "message", [], cancellationToken);
    }

    /// <inheritdoc />
    public async Task<SendResult> SendRawAsync(Stream message, SesRawSendOptions? sendOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!message.CanRead)
        {
            throw new ArgumentException("The message stream cannot be read.", nameof(message));
        }

        MimeMessage parsed;
        try
        {
            parsed = await MimeMessage.LoadAsync(ParserOptions.Default, message, persistent: message.CanSeek, cancellationToken).ConfigureAwait(false);
        }
        catch (FormatException ex)
        {
            throw new ArgumentException("The message stream is not an RFC 5322 message: " + ex.Message, nameof(message), ex);
        }

        using (parsed)
        {
            return await SendRawAsync(parsed, sendOptions, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Sends a validated <see cref="SesMail"/> with attachments as raw MIME.</summary>
    private async Task<SendResult> SendMailAsRawAsync(SesMail mail, string source, CancellationToken cancellationToken)
    {
        var from = SesMime.ParseMailbox(source, mail.Source is null ? "SesOptions.DefaultSource" : "mail.Source");
        var destinations = new List<string>(mail.RecipientCount);
        AddEnvelope(destinations, mail.To, "mail.To");
        AddEnvelope(destinations, mail.Cc, "mail.Cc");
        AddEnvelope(destinations, mail.Bcc, "mail.Bcc");
        var envelopeSource = mail.ReturnPath is null ? from : SesMime.ParseMailbox(mail.ReturnPath, "mail.ReturnPath");
        var envelope = new SendRawEmailRequest
        {
            Source = SesMime.EnvelopeAddress(envelopeSource),
            Destinations = destinations,
            ConfigurationSetName = mail.ConfigurationSetName ?? options.ConfigurationSetName,
            Tags = [.. mail.Tags.Select(t => new MessageTag { Name = t.Key, Value = t.Value })],
        };

        var opened = new List<IDisposable>();
        try
        {
            using var message = await SesMime.BuildAsync(mail, from, timeProvider.GetUtcNow(), opened, cancellationToken).ConfigureAwait(false);
            return await SendMimeAsync(message, envelope, "mail", opened, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            foreach (var stream in opened)
            {
                stream.Dispose();
            }
        }
    }

    /// <summary>Writes <paramref name="message"/> into a pooled buffer (checking the size limit) and sends it.</summary>
    private async Task<SendResult> SendMimeAsync(MimeMessage message, SendRawEmailRequest envelope, string paramName, List<IDisposable> opened, CancellationToken cancellationToken)
    {
        using var buffer = await RawMessageBuffer.WriteAsync(message, options.MaxRawMessageSize, paramName, cancellationToken).ConfigureAwait(false);
        foreach (var stream in opened)
        {
            stream.Dispose();
        }

        opened.Clear();
        envelope.RawMessage = new RawMessage { Data = buffer.Stream };
        return await CallAsync("SendRawEmail", async ct =>
        {
            if (logger.IsEnabled(LogLevel.Debug))
            {
                SesLog.MailSending(logger, envelope.Source ?? message.From.ToString(), string.Join(", ", envelope.Destinations), message.Subject);
            }

            var response = await client.SendRawEmailAsync(envelope, ct).ConfigureAwait(false);
            return Sent(response, response.MessageId, envelope.Destinations.Count);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Checks a caller's message and works out its envelope: sender, recipients (Bcc included), configuration set and tags.</summary>
    private SendRawEmailRequest RawEnvelope(MimeMessage message, SesRawSendOptions? sendOptions, string paramName)
    {
        if (message.From.Count == 0)
        {
            if (string.IsNullOrWhiteSpace(options.DefaultSource))
            {
                throw new ArgumentException("The message has no From header: set one or SesOptions.DefaultSource.", paramName + ".From");
            }

            message.From.Add(SesMime.ParseMailbox(options.DefaultSource, "SesOptions.DefaultSource"));
        }

        CheckMailboxes(message.From, paramName + ".From");
        CheckMailboxes(message.Sender is null ? [] : [message.Sender], paramName + ".Sender");
        CheckMailboxes(message.ReplyTo, paramName + ".ReplyTo");
        CheckMailboxes(message.To, paramName + ".To");
        CheckMailboxes(message.Cc, paramName + ".Cc");
        CheckMailboxes(message.Bcc, paramName + ".Bcc");

        var destinations = new List<string>();
        if (sendOptions is { Destinations.Count: > 0 })
        {
            AddEnvelope(destinations, sendOptions.Destinations, "sendOptions.Destinations");
        }
        else
        {
            destinations.AddRange(message.To.Mailboxes.Concat(message.Cc.Mailboxes).Concat(message.Bcc.Mailboxes).Select(SesMime.EnvelopeAddress));
        }

        if (destinations.Count == 0)
        {
            throw new ArgumentException("The message has no recipients: add To, Cc or Bcc addresses, or SesRawSendOptions.Destinations.", paramName + ".To");
        }

        if (destinations.Count > SesMailValidator.MaxRecipients)
        {
            throw new ArgumentException($"The message has {destinations.Count} recipients; SES allows at most {SesMailValidator.MaxRecipients}.", paramName + ".To");
        }

        var configurationSet = sendOptions?.ConfigurationSetName ?? options.ConfigurationSetName;
        var tags = sendOptions?.Tags ?? new Dictionary<string, string>();
        SesMailValidator.CheckTagsAndConfigurationSet(configurationSet, tags, "sendOptions");
        SesMime.Prepare(message);
        return new SendRawEmailRequest
        {
            Source = sendOptions?.Source is { } source ? SesMime.EnvelopeAddress(SesMime.ParseMailbox(source, "sendOptions.Source")) : null,
            Destinations = destinations,
            ConfigurationSetName = configurationSet,
            Tags = [.. tags.Select(t => new MessageTag { Name = t.Key, Value = t.Value })],
        };
    }

    private static void CheckMailboxes(IEnumerable<InternetAddress> addresses, string field)
    {
        var i = 0;
        foreach (var mailbox in addresses.SelectMany(a => a is GroupAddress group ? group.Members.Mailboxes : a is MailboxAddress m ? [m] : []))
        {
            SesMime.CheckAscii(mailbox, $"{field}[{i++}]");
        }
    }

    private static void AddEnvelope(List<string> destinations, IList<string> addresses, string field)
    {
        for (var i = 0; i < addresses.Count; i++)
        {
            destinations.Add(SesMime.EnvelopeAddress(SesMime.ParseMailbox(addresses[i], $"{field}[{i}]")));
        }
    }
}
