namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Marshals <see cref="SendTemplatedEmailRequest"/> as the <c>SendTemplatedEmail</c> action.</summary>
internal sealed class SendTemplatedEmailRequestMarshaller : SesRequestMarshaller<SendTemplatedEmailRequest>
{
    public static readonly SendTemplatedEmailRequestMarshaller Instance = new();

    public override string Action => "SendTemplatedEmail";

    protected override void Write(SendTemplatedEmailRequest request, QueryWriter writer)
    {
        writer.Add("Source", request.Source);
        writer.AddDestination("Destination", request.Destination);
        writer.AddList("ReplyToAddresses", request.ReplyToAddresses);
        writer.Add("ReturnPath", request.ReturnPath);
        writer.Add("SourceArn", request.SourceArn);
        writer.Add("ReturnPathArn", request.ReturnPathArn);
        writer.AddTags("Tags", request.Tags);
        writer.Add("ConfigurationSetName", request.ConfigurationSetName);
        writer.Add("Template", request.Template);
        writer.Add("TemplateArn", request.TemplateArn);
        writer.Add("TemplateData", request.TemplateData);
    }
}
