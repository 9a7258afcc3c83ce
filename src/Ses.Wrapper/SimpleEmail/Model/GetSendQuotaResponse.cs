namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>The account's sending limits.</summary>
public class GetSendQuotaResponse : Amazon.Runtime.AmazonWebServiceResponse
{
    /// <summary>The most recipients the account may send to in 24 hours; -1 means unlimited.</summary>
    public double? Max24HourSend { get; set; }

    /// <summary>The most recipients the account may send to per second.</summary>
    public double? MaxSendRate { get; set; }

    /// <summary>The recipients sent to in the last 24 hours.</summary>
    public double? SentLast24Hours { get; set; }
}
