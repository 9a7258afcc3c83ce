using Moq;

namespace Ses.Wrapper.Sample.Web.Tests.TestSupport;

/// <summary>
/// What the mocked <see cref="ISesService.SendAsync"/> received. The attachments are read inside the call, since the
/// sample disposes the form's file streams once the request ends.
/// </summary>
public sealed class SentMail
{
    /// <summary>The mail; null until SendAsync was called.</summary>
    public SesMail? Mail { get; private set; }

    /// <summary>Its attachments, in order, with their content.</summary>
    public IReadOnlyList<SentAttachment> Attachments { get; private set; } = [];

    /// <summary>Makes <paramref name="ses"/>'s SendAsync record the mail and answer with MessageId <c>msg-1</c>.</summary>
    /// <param name="ses">The mocked service.</param>
    /// <returns>The record, filled when SendAsync is called.</returns>
    public static SentMail Capture(Mock<ISesService> ses)
    {
        ArgumentNullException.ThrowIfNull(ses);
        var sent = new SentMail();
        ses.Setup(s => s.SendAsync(It.IsAny<SesMail>(), It.IsAny<CancellationToken>()))
            .Returns<SesMail, CancellationToken>(async (mail, cancellationToken) =>
            {
                var attachments = new List<SentAttachment>();
                foreach (var attachment in mail.Attachments)
                {
                    await using var stream = await attachment.OpenReadAsync(cancellationToken);
                    using var copy = new MemoryStream();
                    await stream.CopyToAsync(copy, cancellationToken);
                    attachments.Add(new SentAttachment(attachment.FileName, attachment.ContentType, attachment.ContentId, copy.ToArray()));
                }

                sent.Mail = mail;
                sent.Attachments = attachments;
                return new SendResult("msg-1", "req-1");
            });
        return sent;
    }
}
