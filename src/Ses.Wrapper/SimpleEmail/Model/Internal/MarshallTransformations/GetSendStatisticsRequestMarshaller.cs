namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Marshals <see cref="GetSendStatisticsRequest"/> as the <c>GetSendStatistics</c> action.</summary>
internal sealed class GetSendStatisticsRequestMarshaller : SesRequestMarshaller<GetSendStatisticsRequest>
{
    public static readonly GetSendStatisticsRequestMarshaller Instance = new();

    public override string Action => "GetSendStatistics";
}
