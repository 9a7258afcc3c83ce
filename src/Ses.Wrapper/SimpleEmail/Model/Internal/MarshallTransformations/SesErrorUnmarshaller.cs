using System.Globalization;
using System.Net;
using System.Xml;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;

namespace Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

/// <summary>
/// Turns an SES error answer (<c>&lt;ErrorResponse&gt;&lt;Error&gt;&lt;Type/&gt;&lt;Code/&gt;&lt;Message/&gt;&lt;/Error&gt;&lt;RequestId/&gt;</c>)
/// into the matching exception; an answer that is not an SES error document becomes an
/// <see cref="AmazonSimpleEmailServiceException"/> that says so without echoing the body.
/// </summary>
internal static class SesErrorUnmarshaller
{
    private delegate AmazonSimpleEmailServiceException Factory(string message, Exception? inner, ErrorType type, string? code, string? requestId, HttpStatusCode status);

    private static readonly Dictionary<string, Factory> Factories = new(StringComparer.Ordinal)
    {
        [MessageRejectedException.Code] = (m, i, t, c, r, s) => new MessageRejectedException(m, i, t, c, r, s),
        [MailFromDomainNotVerifiedException.Code] = (m, i, t, c, r, s) => new MailFromDomainNotVerifiedException(m, i, t, c, r, s),
        [ConfigurationSetDoesNotExistException.Code] = (m, i, t, c, r, s) => new ConfigurationSetDoesNotExistException(m, i, t, c, r, s),
        [AccountSendingPausedException.Code] = (m, i, t, c, r, s) => new AccountSendingPausedException(m, i, t, c, r, s),
        [ConfigurationSetSendingPausedException.Code] = (m, i, t, c, r, s) => new ConfigurationSetSendingPausedException(m, i, t, c, r, s),
        [TemplateDoesNotExistException.Code] = (m, i, t, c, r, s) => new TemplateDoesNotExistException(m, i, t, c, r, s),
        [AlreadyExistsException.Code] = (m, i, t, c, r, s) => new AlreadyExistsException(m, i, t, c, r, s),
        [InvalidTemplateException.Code] = (m, i, t, c, r, s) => new InvalidTemplateException(m, i, t, c, r, s),
    };

    public static AmazonSimpleEmailServiceException Unmarshall(XmlUnmarshallerContext context, Exception? innerException, HttpStatusCode statusCode)
    {
        var headerRequestId = context.ResponseData?.GetHeaderValue("x-amzn-RequestId");
        var body = context.GetResponseBodyBytes();
        try
        {
            using var stream = body is { Length: > 0 } ? new MemoryStream(body, writable: false) : context.Stream;
            var root = SesXml.Load(stream);
            var error = root.Child("Error");
            if (root.Name.LocalName == "ErrorResponse" && error is not null)
            {
                var code = error.ChildText("Code");
                var message = error.ChildText("Message") ?? code ?? "SES returned an error without a message.";
                var type = error.ChildText("Type") switch
                {
                    "Sender" => ErrorType.Sender,
                    "Receiver" => ErrorType.Receiver,
                    _ => ErrorType.Unknown,
                };
                var requestId = NonEmpty(headerRequestId) ?? root.ChildText("RequestId");
                return code is not null && Factories.TryGetValue(code, out var factory)
                    ? factory(message, innerException, type, code, requestId, statusCode)
                    : new AmazonSimpleEmailServiceException(message, innerException, type, code, requestId, statusCode);
            }
        }
        catch (XmlException)
        {
            // Not XML: fall through to the generic answer below.
        }

        var status = ((int)statusCode).ToString(CultureInfo.InvariantCulture);
        return new AmazonSimpleEmailServiceException(
            $"SES answered HTTP {status} {statusCode} without an SES error document.",
            innerException,
            (int)statusCode >= 500 ? ErrorType.Receiver : ErrorType.Unknown,
            "Http" + status,
            NonEmpty(headerRequestId),
            statusCode);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
