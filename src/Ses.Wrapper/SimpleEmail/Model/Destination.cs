namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>The recipients of a formatted message.</summary>
public class Destination
{
    /// <summary>Creates an empty destination.</summary>
    public Destination()
    {
    }

    /// <summary>Creates a destination with To: recipients.</summary>
    /// <param name="toAddresses">The To: recipients.</param>
    public Destination(List<string> toAddresses) => ToAddresses = toAddresses;

    /// <summary>The To: recipients.</summary>
    public List<string> ToAddresses { get; set; } = new();

    /// <summary>The Cc: recipients.</summary>
    public List<string> CcAddresses { get; set; } = new();

    /// <summary>The Bcc: recipients.</summary>
    public List<string> BccAddresses { get; set; } = new();
}
