using System.Xml.Linq;

namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Reads the answer to the <c>SendRawEmail</c> action.</summary>
internal sealed class SendRawEmailResponseUnmarshaller : SesResponseUnmarshaller<SendRawEmailResponse>
{
    public static readonly SendRawEmailResponseUnmarshaller Instance = new();

    protected override string Action => "SendRawEmail";

    protected override void ReadResult(XElement result, SendRawEmailResponse response)
    {
        response.MessageId = result.ChildText("MessageId");
    }
}
