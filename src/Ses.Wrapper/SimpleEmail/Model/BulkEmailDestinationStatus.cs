namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>What became of one destination of a bulk templated send.</summary>
public class BulkEmailDestinationStatus
{
    /// <summary><c>Success</c>, or why the mail to this destination was not sent.</summary>
    public BulkEmailStatus? Status { get; set; }

    /// <summary>A description of the failure; null on success.</summary>
    public string? Error { get; set; }

    /// <summary>The id SES gave the mail; null when it was not sent.</summary>
    public string? MessageId { get; set; }
}
