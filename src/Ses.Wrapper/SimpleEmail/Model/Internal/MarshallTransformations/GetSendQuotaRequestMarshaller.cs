namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Marshals <see cref="GetSendQuotaRequest"/> as the <c>GetSendQuota</c> action.</summary>
internal sealed class GetSendQuotaRequestMarshaller : SesRequestMarshaller<GetSendQuotaRequest>
{
    public static readonly GetSendQuotaRequestMarshaller Instance = new();

    public override string Action => "GetSendQuota";
}
