namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>Asks for the account's sending statistics of the last two weeks.</summary>
public class GetSendStatisticsRequest : AmazonSimpleEmailServiceRequest;
