namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>The answer to <see cref="UpdateTemplateRequest"/>.</summary>
public class UpdateTemplateResponse : Amazon.Runtime.AmazonWebServiceResponse;
