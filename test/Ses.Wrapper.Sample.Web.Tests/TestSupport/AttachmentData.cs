using System.Text;

namespace Ses.Wrapper.Sample.Web.Tests.TestSupport;

/// <summary>Attachment contents that break easily on the way: every byte value, line ends of every kind, non-ASCII text.</summary>
public static class AttachmentData
{
    /// <summary>
    /// A few KB of binary: the 256 byte values in order, then CRLF-dot-CRLF and "From " line starts (SMTP and mbox
    /// escaping), lone CR and LF, then seeded pseudo-random bytes; 4,099 bytes, so its base64 needs padding.
    /// </summary>
    public static byte[] Binary { get; } = MakeBinary();

    /// <summary>UTF-8 text with CRLF, LF and CR line ends, trailing spaces, a tab and no final line end.</summary>
    public static string Text { get; } = "Grüße aus Köln — 価格: 12,50 € 📎\r\nline two with trailing spaces   \nline three\rtab\there\r\n.\r\nFrom the end";

    /// <summary><see cref="Text"/> as UTF-8 bytes.</summary>
    public static byte[] TextBytes { get; } = Encoding.UTF8.GetBytes(Text);

    private static byte[] MakeBinary()
    {
        var bytes = new List<byte>(4099);
        for (var i = 0; i < 256; i++)
        {
            bytes.Add((byte)i);
        }

        bytes.AddRange("\r\n.\r\nFrom x\r\n\r\r\n\n\n."u8.ToArray());
        var random = new Random(20240229);
        while (bytes.Count < 4099)
        {
            bytes.Add((byte)random.Next(256));
        }

        return [.. bytes];
    }
}
