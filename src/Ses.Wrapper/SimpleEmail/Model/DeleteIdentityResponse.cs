namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>The answer to <see cref="DeleteIdentityRequest"/>.</summary>
public class DeleteIdentityResponse : Amazon.Runtime.AmazonWebServiceResponse;
