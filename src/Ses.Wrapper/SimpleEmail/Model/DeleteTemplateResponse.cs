namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>The answer to <see cref="DeleteTemplateRequest"/>.</summary>
public class DeleteTemplateResponse : Amazon.Runtime.AmazonWebServiceResponse;
