namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Marshals <see cref="ListIdentitiesRequest"/> as the <c>ListIdentities</c> action.</summary>
internal sealed class ListIdentitiesRequestMarshaller : SesRequestMarshaller<ListIdentitiesRequest>
{
    public static readonly ListIdentitiesRequestMarshaller Instance = new();

    public override string Action => "ListIdentities";

    protected override void Write(ListIdentitiesRequest request, QueryWriter writer)
    {
        writer.Add("IdentityType", request.IdentityType?.Value);
        writer.Add("MaxItems", request.MaxItems);
        writer.Add("NextToken", request.NextToken);
    }
}
