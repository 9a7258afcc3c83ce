namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>One destination of a bulk templated send: its recipients and the values that replace the defaults.</summary>
public class BulkEmailDestination
{
    /// <summary>The To, Cc and Bcc recipients of this mail.</summary>
    public Destination? Destination { get; set; }

    /// <summary>Tags that replace the request's default tags for this mail.</summary>
    public List<MessageTag> ReplacementTags { get; set; } = new();

    /// <summary>Template data (a JSON object) that replaces the request's default data for this mail.</summary>
    public string? ReplacementTemplateData { get; set; }
}
