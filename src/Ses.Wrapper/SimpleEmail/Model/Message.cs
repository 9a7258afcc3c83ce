namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>A formatted message: subject and body.</summary>
public class Message
{
    /// <summary>Creates an empty message.</summary>
    public Message()
    {
    }

    /// <summary>Creates a message with a subject and a body.</summary>
    /// <param name="subject">The subject line.</param>
    /// <param name="body">The body.</param>
    public Message(Content subject, Body body)
    {
        Subject = subject;
        Body = body;
    }

    /// <summary>The subject line.</summary>
    public Content? Subject { get; set; }

    /// <summary>The body.</summary>
    public Body? Body { get; set; }
}
