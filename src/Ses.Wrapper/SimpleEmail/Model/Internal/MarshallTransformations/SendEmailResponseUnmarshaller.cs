using System.Xml.Linq;

namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Reads the answer to the <c>SendEmail</c> action.</summary>
internal sealed class SendEmailResponseUnmarshaller : SesResponseUnmarshaller<SendEmailResponse>
{
    public static readonly SendEmailResponseUnmarshaller Instance = new();

    protected override string Action => "SendEmail";

    protected override void ReadResult(XElement result, SendEmailResponse response)
    {
        response.MessageId = result.ChildText("MessageId");
    }
}
