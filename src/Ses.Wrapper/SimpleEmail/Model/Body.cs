namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>The body of a message: text, HTML, or both.</summary>
public class Body
{
    /// <summary>Creates an empty body.</summary>
    public Body()
    {
    }

    /// <summary>Creates a body with a plain-text part.</summary>
    /// <param name="text">The plain-text body.</param>
    public Body(Content text) => Text = text;

    /// <summary>The plain-text body.</summary>
    public Content? Text { get; set; }

    /// <summary>The HTML body.</summary>
    public Content? Html { get; set; }
}
