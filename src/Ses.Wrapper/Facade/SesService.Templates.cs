using Ses.Wrapper.Diagnostics;
using Ses.Wrapper.SimpleEmail.Model;

namespace Ses.Wrapper;

/// <summary>SES templates: create, update, read, list, delete, and templated sending (one mail or bulk).</summary>
public sealed partial class SesService
{
    private const int TemplatePageSize = 100;

    /// <inheritdoc />
    public Task<string> CreateTemplateAsync(SesTemplate template, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(template);
        SesTemplateValidator.Check(template);
        return CallAsync("CreateTemplate", async ct =>
            RequestId(await client.CreateTemplateAsync(new CreateTemplateRequest { Template = ToApi(template) }, ct).ConfigureAwait(false)), cancellationToken);
    }

    /// <inheritdoc />
    public Task<string> UpdateTemplateAsync(SesTemplate template, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(template);
        SesTemplateValidator.Check(template);
        return CallAsync("UpdateTemplate", async ct =>
            RequestId(await client.UpdateTemplateAsync(new UpdateTemplateRequest { Template = ToApi(template) }, ct).ConfigureAwait(false)), cancellationToken);
    }

    /// <inheritdoc />
    public Task<SesTemplate> GetTemplateAsync(string name, CancellationToken cancellationToken = default)
    {
        SesTemplateValidator.CheckName(name, nameof(name));
        return CallAsync("GetTemplate", async ct =>
        {
            var response = await client.GetTemplateAsync(new GetTemplateRequest { TemplateName = name }, ct).ConfigureAwait(false);
            var template = response.Template
                ?? throw new SesException($"SES answered GetTemplate for '{name}' without a template.", SesErrorKind.InvalidResponse, requestId: RequestId(response));
            return new SesTemplate
            {
                Name = template.TemplateName ?? name,
                Subject = template.SubjectPart,
                TextBody = template.TextPart,
                HtmlBody = template.HtmlPart,
            };
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SesTemplateInfo>> ListTemplatesAsync(CancellationToken cancellationToken = default) =>
        CallAsync<IReadOnlyList<SesTemplateInfo>>("ListTemplates", async ct =>
        {
            var templates = new List<SesTemplateInfo>();
            var seenTokens = new HashSet<string>(StringComparer.Ordinal);
            string? token = null;
            do
            {
                var response = await client.ListTemplatesAsync(new ListTemplatesRequest { MaxItems = TemplatePageSize, NextToken = token }, ct).ConfigureAwait(false);
                templates.AddRange(response.TemplatesMetadata.Select(t => new SesTemplateInfo(t.Name ?? string.Empty, ToUtc(t.CreatedTimestamp))));
                token = string.IsNullOrEmpty(response.NextToken) ? null : response.NextToken;
                if (token is not null && !seenTokens.Add(token))
                {
                    throw new SesException($"SES returned the page token '{token}' twice while listing templates.", SesErrorKind.InvalidResponse, requestId: RequestId(response));
                }
            }
            while (token is not null);

            return templates;
        }, cancellationToken);

    /// <inheritdoc />
    public Task<string> DeleteTemplateAsync(string name, CancellationToken cancellationToken = default)
    {
        SesTemplateValidator.CheckName(name, nameof(name));
        return CallAsync("DeleteTemplate", async ct =>
            RequestId(await client.DeleteTemplateAsync(new DeleteTemplateRequest { TemplateName = name }, ct).ConfigureAwait(false)), cancellationToken);
    }

    /// <inheritdoc />
    public Task<SendResult> SendTemplatedAsync(SesTemplatedMail mail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var source = SesTemplateValidator.Check(mail, options.DefaultSource);
        var request = new SendTemplatedEmailRequest
        {
            Source = SesMime.EncodeForSendEmail(source, "mail.Source"),
            Destination = new Destination { ToAddresses = EncodeAll(mail.To, "mail.To"), CcAddresses = EncodeAll(mail.Cc, "mail.Cc"), BccAddresses = EncodeAll(mail.Bcc, "mail.Bcc") },
            ReplyToAddresses = EncodeAll(mail.ReplyTo, "mail.ReplyTo"),
            ReturnPath = mail.ReturnPath is null ? null : SesMime.EncodeForSendEmail(mail.ReturnPath, "mail.ReturnPath"),
            ConfigurationSetName = mail.ConfigurationSetName ?? options.ConfigurationSetName,
            Tags = Tags(mail.Tags),
            Template = mail.TemplateName,
            TemplateData = mail.TemplateData,
        };
        return CallAsync("SendTemplatedEmail", async ct =>
        {
            var response = await client.SendTemplatedEmailAsync(request, ct).ConfigureAwait(false);
            return Sent(response, response.MessageId, mail.RecipientCount);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SesBulkResult>> SendBulkTemplatedAsync(SesBulkTemplatedMail mail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var source = SesTemplateValidator.Check(mail, options.DefaultSource);
        var results = new List<SesBulkResult>(mail.Destinations.Count);
        SesException? stop = null;
        var offset = 0;
        foreach (var batch in mail.Destinations.Chunk(SesTemplateValidator.MaxBulkDestinations))
        {
            if (stop is not null)
            {
                results.AddRange(batch.Select((_, i) => new SesBulkResult(offset + i, SesBulkResult.NotSent, null, stop.Message, stop)));
                offset += batch.Length;
                continue;
            }

            var request = BulkRequest(mail, source, batch, offset);
            try
            {
                var statuses = await CallAsync("SendBulkTemplatedEmail", async ct => await client.SendBulkTemplatedEmailAsync(request, ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < batch.Length; i++)
                {
                    var status = i < statuses.Status.Count ? statuses.Status[i] : null;
                    results.Add(new SesBulkResult(
                        offset + i,
                        status?.Status?.Value ?? "Unknown",
                        status?.MessageId,
                        status is null ? $"SES returned {statuses.Status.Count} statuses for {batch.Length} destinations." : status.Error));
                }

                var sent = results.Skip(offset).Where(r => r.IsSuccess).ToList();
                SesTelemetry.MailsSent.Add(sent.Count);
                SesTelemetry.RecipientsSent.Add(sent.Sum(r => batch[r.Index - offset].RecipientCount));
            }
            catch (SesException ex) when (offset > 0)
            {
                // Earlier calls sent mail: report this failure per destination rather than lose their MessageIds.
                results.AddRange(batch.Select((_, i) => new SesBulkResult(offset + i, ex.Code ?? ex.Kind.ToString(), null, ex.Message, ex)));
                if (!ex.IsSendingRateExceeded && !ex.MayHaveBeenSent)
                {
                    stop = ex;
                }
            }

            offset += batch.Length;
        }

        return results;
    }

    private SendBulkTemplatedEmailRequest BulkRequest(SesBulkTemplatedMail mail, string source, SesBulkDestination[] batch, int offset) => new()
    {
        Source = SesMime.EncodeForSendEmail(source, "mail.Source"),
        ReplyToAddresses = EncodeAll(mail.ReplyTo, "mail.ReplyTo"),
        ReturnPath = mail.ReturnPath is null ? null : SesMime.EncodeForSendEmail(mail.ReturnPath, "mail.ReturnPath"),
        ConfigurationSetName = mail.ConfigurationSetName ?? options.ConfigurationSetName,
        DefaultTags = Tags(mail.DefaultTags),
        Template = mail.TemplateName,
        DefaultTemplateData = mail.DefaultTemplateData,
        Destinations =
        [
            .. batch.Select((d, i) => new BulkEmailDestination
            {
                Destination = new Destination
                {
                    ToAddresses = EncodeAll(d.To, $"mail.Destinations[{offset + i}].To"),
                    CcAddresses = EncodeAll(d.Cc, $"mail.Destinations[{offset + i}].Cc"),
                    BccAddresses = EncodeAll(d.Bcc, $"mail.Destinations[{offset + i}].Bcc"),
                },
                ReplacementTemplateData = d.TemplateData,
                ReplacementTags = Tags(d.Tags),
            }),
        ],
    };

    private static List<MessageTag> Tags(IDictionary<string, string> tags) => [.. tags.Select(t => new MessageTag { Name = t.Key, Value = t.Value })];

    private static Template ToApi(SesTemplate template) => new()
    {
        TemplateName = template.Name,
        SubjectPart = template.Subject,
        TextPart = template.TextBody,
        HtmlPart = template.HtmlBody,
    };
}
