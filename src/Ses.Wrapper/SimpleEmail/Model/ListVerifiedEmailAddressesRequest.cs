namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>Lists the verified email addresses (deprecated by AWS: use <see cref="ListIdentitiesRequest"/>).</summary>
public class ListVerifiedEmailAddressesRequest : AmazonSimpleEmailServiceRequest;
