namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>A name/value tag attached to a sent message, published with its sending events.</summary>
public class MessageTag
{
    /// <summary>The tag's name: ASCII letters, digits, underscores and dashes, at most 256 characters.</summary>
    public string? Name { get; set; }

    /// <summary>The tag's value: ASCII letters, digits, underscores and dashes, at most 256 characters.</summary>
    public string? Value { get; set; }
}
