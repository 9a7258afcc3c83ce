using System.Net;
using System.Xml;
using System.Xml.Linq;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;

namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>
/// Reads an SES answer <c>&lt;{Action}Response&gt;&lt;{Action}Result&gt;…&lt;/{Action}Result&gt;&lt;ResponseMetadata&gt;…</c>
/// into <typeparamref name="TResponse"/>; errors go through <see cref="SesErrorUnmarshaller"/>.
/// </summary>
/// <typeparam name="TResponse">The response type.</typeparam>
internal abstract class SesResponseUnmarshaller<TResponse> : XmlResponseUnmarshaller
    where TResponse : AmazonWebServiceResponse, new()
{
    /// <summary>The SES action name, for example <c>SendEmail</c>.</summary>
    protected abstract string Action { get; }

    /// <inheritdoc />
    /// <remarks>
    /// An answer that cannot be read (not XML, a DTD, too large, the wrong root, a malformed value) becomes an
    /// <see cref="AmazonUnmarshallingException"/> that does not echo the answer. AWSSDK.Core wraps such failures only on
    /// its synchronous path; without this the asynchronous calls would surface a bare <see cref="XmlException"/>.
    /// </remarks>
    public override AmazonWebServiceResponse Unmarshall(XmlUnmarshallerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            return Read(context);
        }
        catch (Exception e) when (e is XmlException or FormatException or OverflowException)
        {
            throw new AmazonUnmarshallingException(
                requestId: context.ResponseData?.GetHeaderValue("x-amzn-RequestId"),
                lastKnownLocation: null,
                responseBody: null,
                innerException: e,
                statusCode: context.ResponseData?.StatusCode ?? HttpStatusCode.OK);
        }
    }

    private TResponse Read(XmlUnmarshallerContext context)
    {
        var root = SesXml.Load(context.Stream);
        var expected = Action + "Response";
        if (root.Name.LocalName != expected)
        {
            throw new XmlException($"Expected an SES <{expected}> answer but got <{root.Name.LocalName}>.");
        }

        var response = new TResponse();
        if (root.Child(Action + "Result") is { } result)
        {
            ReadResult(result, response);
        }

        response.ResponseMetadata = new ResponseMetadata
        {
            RequestId = root.Child("ResponseMetadata")?.ChildText("RequestId"),
        };
        return response;
    }

    /// <inheritdoc />
    public override AmazonServiceException UnmarshallException(XmlUnmarshallerContext context, Exception innerException, HttpStatusCode statusCode) =>
        SesErrorUnmarshaller.Unmarshall(context, innerException, statusCode);

    /// <summary>Reads the members of the <c>{Action}Result</c> element.</summary>
    /// <param name="result">The result element.</param>
    /// <param name="response">The response to fill.</param>
    protected virtual void ReadResult(XElement result, TResponse response)
    {
    }
}
