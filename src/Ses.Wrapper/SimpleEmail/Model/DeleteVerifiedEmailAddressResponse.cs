namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>The answer to <see cref="DeleteVerifiedEmailAddressRequest"/>.</summary>
public class DeleteVerifiedEmailAddressResponse : Amazon.Runtime.AmazonWebServiceResponse;
