namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>Text and its character set: a subject or a body part.</summary>
public class Content
{
    /// <summary>Creates empty content.</summary>
    public Content()
    {
    }

    /// <summary>Creates content holding <paramref name="data"/>.</summary>
    /// <param name="data">The text.</param>
    public Content(string data) => Data = data;

    /// <summary>The text.</summary>
    public string? Data { get; set; }

    /// <summary>The character set of <see cref="Data"/>, for example <c>UTF-8</c>; SES assumes 7-bit ASCII when absent.</summary>
    public string? Charset { get; set; }
}
