namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>The answer to <see cref="GetTemplateRequest"/>.</summary>
public class GetTemplateResponse : Amazon.Runtime.AmazonWebServiceResponse
{
    /// <summary>The template.</summary>
    public Template? Template { get; set; }
}
