namespace Ses.Wrapper.Sample.Web.Tests.TestSupport;

/// <summary>Builds <c>multipart/form-data</c> bodies for <c>POST /mail/multipart</c>.</summary>
public static class Multipart
{
    /// <summary>A form with the given fields (a name may repeat) and no files.</summary>
    /// <param name="fields">Field names and values.</param>
    /// <returns>The form; the caller disposes it.</returns>
    public static MultipartFormDataContent Form(params (string Name, string Value)[] fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }

    /// <summary>The usual fields of a valid mail: one recipient, a subject and a text body.</summary>
    /// <returns>The form; the caller disposes it.</returns>
    public static MultipartFormDataContent MinimalMail() => Form(("to", "a@example.com"), ("subject", "s"), ("textBody", "t"));

    /// <summary>Adds a file part.</summary>
    /// <param name="form">The form.</param>
    /// <param name="content">The file's content.</param>
    /// <param name="fileName">The part's file name.</param>
    /// <param name="contentType">The part's Content-Type (sent as given), or null for none.</param>
    /// <param name="contentId">A Content-ID header for the part (sent as given), or null.</param>
    /// <param name="partName">The part's name.</param>
    /// <returns><paramref name="form"/>.</returns>
    public static MultipartFormDataContent AddFile(this MultipartFormDataContent form, byte[] content, string fileName, string? contentType = null, string? contentId = null, string partName = "attachments")
    {
        ArgumentNullException.ThrowIfNull(form);
        var part = new ByteArrayContent(content);
        if (contentType is not null)
        {
            // Sent as given, so a test can send one that is not a valid MIME type.
            part.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        if (contentId is not null)
        {
            part.Headers.TryAddWithoutValidation("Content-ID", contentId);
        }

        form.Add(part, partName, fileName);
        return form;
    }
}
