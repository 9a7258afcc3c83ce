namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>The answer to <see cref="VerifyEmailIdentityRequest"/>.</summary>
public class VerifyEmailIdentityResponse : Amazon.Runtime.AmazonWebServiceResponse;
