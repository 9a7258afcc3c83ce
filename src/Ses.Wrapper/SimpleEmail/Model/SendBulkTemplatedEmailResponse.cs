namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>The answer to <see cref="SendBulkTemplatedEmailRequest"/>.</summary>
public class SendBulkTemplatedEmailResponse : Amazon.Runtime.AmazonWebServiceResponse
{
    /// <summary>One status per destination, in the order of the request's destinations.</summary>
    public List<BulkEmailDestinationStatus> Status { get; set; } = new();
}
