using System.Xml.Linq;

namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Reads the answer to the <c>SendTemplatedEmail</c> action.</summary>
internal sealed class SendTemplatedEmailResponseUnmarshaller : SesResponseUnmarshaller<SendTemplatedEmailResponse>
{
    public static readonly SendTemplatedEmailResponseUnmarshaller Instance = new();

    protected override string Action => "SendTemplatedEmail";

    protected override void ReadResult(XElement result, SendTemplatedEmailResponse response)
    {
        response.MessageId = result.ChildText("MessageId");
    }
}
