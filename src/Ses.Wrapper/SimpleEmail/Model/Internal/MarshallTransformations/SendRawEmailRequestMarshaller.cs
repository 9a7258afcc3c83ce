namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Marshals <see cref="SendRawEmailRequest"/> as the <c>SendRawEmail</c> action.</summary>
internal sealed class SendRawEmailRequestMarshaller : SesRequestMarshaller<SendRawEmailRequest>
{
    public static readonly SendRawEmailRequestMarshaller Instance = new();

    public override string Action => "SendRawEmail";

    protected override void Write(SendRawEmailRequest request, QueryWriter writer)
    {
        writer.Add("Source", request.Source);
        writer.AddList("Destinations", request.Destinations);
        if (request.RawMessage?.Data is { } data)
        {
            writer.Add("RawMessage.Data", data.TryGetBuffer(out var buffer) ? Convert.ToBase64String(buffer) : Convert.ToBase64String(data.ToArray()));
        }

        writer.Add("FromArn", request.FromArn);
        writer.Add("SourceArn", request.SourceArn);
        writer.Add("ReturnPathArn", request.ReturnPathArn);
        writer.AddTags("Tags", request.Tags);
        writer.Add("ConfigurationSetName", request.ConfigurationSetName);
    }
}
