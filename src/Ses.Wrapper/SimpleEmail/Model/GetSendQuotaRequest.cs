namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>Asks for the account's sending limits.</summary>
public class GetSendQuotaRequest : AmazonSimpleEmailServiceRequest;
