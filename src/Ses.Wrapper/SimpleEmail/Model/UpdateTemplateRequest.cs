namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>Replaces the parts of an existing email template.</summary>
public class UpdateTemplateRequest : AmazonSimpleEmailServiceRequest
{
    /// <summary>The template, named by its <see cref="Model.Template.TemplateName"/>.</summary>
    public Template? Template { get; set; }
}
