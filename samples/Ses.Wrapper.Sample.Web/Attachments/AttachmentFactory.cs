namespace Ses.Wrapper.Sample.Web.Attachments;

/// <summary>Creates <see cref="SesAttachment"/>s and names the request field in what they refuse.</summary>
public static class AttachmentFactory
{
    /// <summary>
    /// Runs <paramref name="create"/> and turns its <see cref="ArgumentException"/> about a parameter of
    /// <see cref="SesAttachment"/> (<c>fileName</c>, <c>contentType</c>, <c>contentId</c>) into one about
    /// <c>{field}.{parameter}</c>, such as <c>attachments[1].contentType</c>.
    /// </summary>
    /// <param name="field">The attachment's request field, such as <c>attachments[1]</c>.</param>
    /// <param name="create">Calls one of the <see cref="SesAttachment"/> factories.</param>
    /// <returns>The attachment.</returns>
    /// <exception cref="ArgumentException">The attachment is invalid; <see cref="ArgumentException.ParamName"/> names the request field.</exception>
    public static SesAttachment Create(string field, Func<SesAttachment> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        try
        {
            return create();
        }
        catch (ArgumentException ex) when (ex is not SesMessageTooLargeException)
        {
            var name = string.IsNullOrEmpty(ex.ParamName) ? field : $"{field}.{ex.ParamName}";
            var message = ex.ParamName is null ? ex.Message : ex.Message.Replace($" (Parameter '{ex.ParamName}')", string.Empty, StringComparison.Ordinal);
            throw new ArgumentException($"{name}: {message}", name, ex);
        }
    }
}
