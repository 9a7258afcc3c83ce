using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>
/// Turns a request into an SES Query request: <c>POST /</c> with <c>Action</c>, <c>Version</c> and the request's
/// members as form parameters (the SDK form-encodes and signs them).
/// </summary>
/// <typeparam name="TRequest">The request type.</typeparam>
internal abstract class SesRequestMarshaller<TRequest> : IMarshaller<IRequest, AmazonWebServiceRequest>
    where TRequest : AmazonSimpleEmailServiceRequest
{
    /// <summary>The SES action name, for example <c>SendEmail</c>.</summary>
    public abstract string Action { get; }

    /// <inheritdoc />
    public IRequest Marshall(AmazonWebServiceRequest input)
    {
        var typed = (TRequest)input;
        IRequest request = new DefaultRequest(input, "Amazon.SimpleEmail")
        {
            HttpMethod = "POST",
            ResourcePath = "/",
        };
        request.Parameters["Action"] = Action;
        request.Parameters["Version"] = AmazonSimpleEmailServiceConfig.ApiVersion;
        Write(typed, new QueryWriter(request));
        Complete(typed, request);
        return request;
    }

    /// <summary>Writes the request's members.</summary>
    /// <param name="request">The request.</param>
    /// <param name="writer">Where the parameters go.</param>
    protected virtual void Write(TRequest request, QueryWriter writer)
    {
    }

    /// <summary>Finishes the marshalled request after its parameters are written, for example by setting its body.</summary>
    /// <param name="request">The request.</param>
    /// <param name="marshalled">The marshalled request.</param>
    protected virtual void Complete(TRequest request, IRequest marshalled)
    {
    }
}
