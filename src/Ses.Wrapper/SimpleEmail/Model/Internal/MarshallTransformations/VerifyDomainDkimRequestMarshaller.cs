namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Marshals <see cref="VerifyDomainDkimRequest"/> as the <c>VerifyDomainDkim</c> action.</summary>
internal sealed class VerifyDomainDkimRequestMarshaller : SesRequestMarshaller<VerifyDomainDkimRequest>
{
    public static readonly VerifyDomainDkimRequestMarshaller Instance = new();

    public override string Action => "VerifyDomainDkim";

    protected override void Write(VerifyDomainDkimRequest request, QueryWriter writer)
    {
        writer.Add("Domain", request.Domain);
    }
}
