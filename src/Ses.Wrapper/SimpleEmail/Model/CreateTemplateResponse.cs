namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>The answer to <see cref="CreateTemplateRequest"/>.</summary>
public class CreateTemplateResponse : Amazon.Runtime.AmazonWebServiceResponse;
