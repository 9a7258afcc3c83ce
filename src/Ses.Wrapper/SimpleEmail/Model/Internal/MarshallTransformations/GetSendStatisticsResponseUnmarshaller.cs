using System.Xml.Linq;

namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Reads the answer to the <c>GetSendStatistics</c> action.</summary>
internal sealed class GetSendStatisticsResponseUnmarshaller : SesResponseUnmarshaller<GetSendStatisticsResponse>
{
    public static readonly GetSendStatisticsResponseUnmarshaller Instance = new();

    protected override string Action => "GetSendStatistics";

    protected override void ReadResult(XElement result, GetSendStatisticsResponse response)
    {
        var points = result.Child("SendDataPoints")?.Elements().Where(e => e.Name.LocalName == "member") ?? [];
        foreach (var point in points)
        {
            response.SendDataPoints.Add(new SendDataPoint
            {
                Timestamp = point.ChildUtcDateTime("Timestamp"),
                DeliveryAttempts = point.ChildLong("DeliveryAttempts"),
                Bounces = point.ChildLong("Bounces"),
                Complaints = point.ChildLong("Complaints"),
                Rejects = point.ChildLong("Rejects"),
            });
        }
    }
}
