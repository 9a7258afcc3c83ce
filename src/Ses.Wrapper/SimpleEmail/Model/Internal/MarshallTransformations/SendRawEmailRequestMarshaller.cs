using Amazon.Runtime.Internal;

namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>
/// Marshals <see cref="SendRawEmailRequest"/> as the <c>SendRawEmail</c> action. The message travels as the last form
/// parameter of a body streamed by <see cref="FormBodyWithBase64Stream"/>, base64-encoded as it is read, so a message
/// near SES's size limit costs no extra copies.
/// </summary>
internal sealed class SendRawEmailRequestMarshaller : SesRequestMarshaller<SendRawEmailRequest>
{
    public const string DataParameter = "RawMessage.Data";

    public static readonly SendRawEmailRequestMarshaller Instance = new();

    public override string Action => "SendRawEmail";

    protected override void Write(SendRawEmailRequest request, QueryWriter writer)
    {
        writer.Add("Source", request.Source);
        writer.AddList("Destinations", request.Destinations);
        writer.Add("FromArn", request.FromArn);
        writer.Add("SourceArn", request.SourceArn);
        writer.Add("ReturnPathArn", request.ReturnPathArn);
        writer.AddTags("Tags", request.Tags);
        writer.Add("ConfigurationSetName", request.ConfigurationSetName);
    }

    protected override void Complete(SendRawEmailRequest request, IRequest marshalled)
    {
        if (request.RawMessage?.Data is not { } data)
        {
            return;
        }

        ReadOnlyMemory<byte> bytes = data.TryGetBuffer(out var buffer) ? buffer : data.ToArray();
        marshalled.ContentStream = new FormBodyWithBase64Stream(marshalled.Parameters, DataParameter, bytes);
        marshalled.Headers["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8";
    }
}
