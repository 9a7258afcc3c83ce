namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Marshals <see cref="SendBulkTemplatedEmailRequest"/> as the <c>SendBulkTemplatedEmail</c> action.</summary>
internal sealed class SendBulkTemplatedEmailRequestMarshaller : SesRequestMarshaller<SendBulkTemplatedEmailRequest>
{
    public static readonly SendBulkTemplatedEmailRequestMarshaller Instance = new();

    public override string Action => "SendBulkTemplatedEmail";

    protected override void Write(SendBulkTemplatedEmailRequest request, QueryWriter writer)
    {
        writer.Add("Source", request.Source);
        writer.Add("SourceArn", request.SourceArn);
        writer.AddList("ReplyToAddresses", request.ReplyToAddresses);
        writer.Add("ReturnPath", request.ReturnPath);
        writer.Add("ReturnPathArn", request.ReturnPathArn);
        writer.Add("ConfigurationSetName", request.ConfigurationSetName);
        writer.AddTags("DefaultTags", request.DefaultTags);
        writer.Add("Template", request.Template);
        writer.Add("TemplateArn", request.TemplateArn);
        writer.Add("DefaultTemplateData", request.DefaultTemplateData);
        var index = 1;
        foreach (var destination in request.Destinations)
        {
            var prefix = QueryWriter.Member("Destinations", index++);
            writer.AddDestination(prefix + ".Destination", destination.Destination);
            writer.AddTags(prefix + ".ReplacementTags", destination.ReplacementTags);
            writer.Add(prefix + ".ReplacementTemplateData", destination.ReplacementTemplateData);
        }
    }
}
