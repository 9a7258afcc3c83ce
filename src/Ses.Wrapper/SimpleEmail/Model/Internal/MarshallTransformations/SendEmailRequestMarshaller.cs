namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Marshals <see cref="SendEmailRequest"/> as the <c>SendEmail</c> action.</summary>
internal sealed class SendEmailRequestMarshaller : SesRequestMarshaller<SendEmailRequest>
{
    public static readonly SendEmailRequestMarshaller Instance = new();

    public override string Action => "SendEmail";

    protected override void Write(SendEmailRequest request, QueryWriter writer)
    {
        writer.Add("Source", request.Source);
        writer.AddList("Destination.ToAddresses", request.Destination?.ToAddresses);
        writer.AddList("Destination.CcAddresses", request.Destination?.CcAddresses);
        writer.AddList("Destination.BccAddresses", request.Destination?.BccAddresses);
        writer.AddContent("Message.Subject", request.Message?.Subject);
        writer.AddContent("Message.Body.Text", request.Message?.Body?.Text);
        writer.AddContent("Message.Body.Html", request.Message?.Body?.Html);
        writer.AddList("ReplyToAddresses", request.ReplyToAddresses);
        writer.Add("ReturnPath", request.ReturnPath);
        writer.Add("SourceArn", request.SourceArn);
        writer.Add("ReturnPathArn", request.ReturnPathArn);
        writer.AddTags("Tags", request.Tags);
        writer.Add("ConfigurationSetName", request.ConfigurationSetName);
    }
}
