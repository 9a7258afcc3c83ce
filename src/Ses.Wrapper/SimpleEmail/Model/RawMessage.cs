namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>A complete RFC 5322 message: headers, body and attachments.</summary>
public class RawMessage
{
    /// <summary>The raw bytes of the message; the client base64-encodes them on the wire.</summary>
    public MemoryStream? Data { get; set; }
}
