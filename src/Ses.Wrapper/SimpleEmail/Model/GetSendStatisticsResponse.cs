namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>The account's sending statistics: one data point per 15-minute interval.</summary>
public class GetSendStatisticsResponse : Amazon.Runtime.AmazonWebServiceResponse
{
    /// <summary>The data points, in the order SES returned them.</summary>
    public List<SendDataPoint> SendDataPoints { get; set; } = new();
}
