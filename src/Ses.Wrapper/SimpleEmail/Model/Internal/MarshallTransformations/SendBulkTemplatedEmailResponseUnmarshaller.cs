using System.Xml.Linq;

namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Reads the answer to the <c>SendBulkTemplatedEmail</c> action.</summary>
internal sealed class SendBulkTemplatedEmailResponseUnmarshaller : SesResponseUnmarshaller<SendBulkTemplatedEmailResponse>
{
    public static readonly SendBulkTemplatedEmailResponseUnmarshaller Instance = new();

    protected override string Action => "SendBulkTemplatedEmail";

    protected override void ReadResult(XElement result, SendBulkTemplatedEmailResponse response)
    {
        foreach (var member in result.MemberElements("Status"))
        {
            response.Status.Add(new BulkEmailDestinationStatus
            {
                Status = member.ChildText("Status") is { } status ? BulkEmailStatus.FindValue(status) : null,
                Error = member.ChildText("Error"),
                MessageId = member.ChildText("MessageId"),
            });
        }
    }
}
