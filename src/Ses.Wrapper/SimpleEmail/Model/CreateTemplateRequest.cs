namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>Creates an email template.</summary>
public class CreateTemplateRequest : AmazonSimpleEmailServiceRequest
{
    /// <summary>The template to create.</summary>
    public Template? Template { get; set; }
}
