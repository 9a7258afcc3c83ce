namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>Marshals <see cref="VerifyDomainIdentityRequest"/> as the <c>VerifyDomainIdentity</c> action.</summary>
internal sealed class VerifyDomainIdentityRequestMarshaller : SesRequestMarshaller<VerifyDomainIdentityRequest>
{
    public static readonly VerifyDomainIdentityRequestMarshaller Instance = new();

    public override string Action => "VerifyDomainIdentity";

    protected override void Write(VerifyDomainIdentityRequest request, QueryWriter writer)
    {
        writer.Add("Domain", request.Domain);
    }
}
