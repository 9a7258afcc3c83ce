namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>Reads an email template.</summary>
public class GetTemplateRequest : AmazonSimpleEmailServiceRequest
{
    /// <summary>The template's name.</summary>
    public string? TemplateName { get; set; }
}
