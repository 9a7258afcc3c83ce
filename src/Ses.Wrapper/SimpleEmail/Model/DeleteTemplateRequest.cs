namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>Deletes an email template.</summary>
public class DeleteTemplateRequest : AmazonSimpleEmailServiceRequest
{
    /// <summary>The template's name.</summary>
    public string? TemplateName { get; set; }
}
