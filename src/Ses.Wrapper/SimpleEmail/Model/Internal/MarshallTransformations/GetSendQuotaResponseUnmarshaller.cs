using System.Xml.Linq;

namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Reads the answer to the <c>GetSendQuota</c> action.</summary>
internal sealed class GetSendQuotaResponseUnmarshaller : SesResponseUnmarshaller<GetSendQuotaResponse>
{
    public static readonly GetSendQuotaResponseUnmarshaller Instance = new();

    protected override string Action => "GetSendQuota";

    protected override void ReadResult(XElement result, GetSendQuotaResponse response)
    {
        response.Max24HourSend = result.ChildDouble("Max24HourSend");
        response.MaxSendRate = result.ChildDouble("MaxSendRate");
        response.SentLast24Hours = result.ChildDouble("SentLast24Hours");
    }
}
