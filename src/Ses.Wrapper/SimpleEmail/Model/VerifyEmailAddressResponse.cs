namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>The answer to <see cref="VerifyEmailAddressRequest"/>.</summary>
public class VerifyEmailAddressResponse : Amazon.Runtime.AmazonWebServiceResponse;
