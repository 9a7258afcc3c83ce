using System.Net.Sockets;
using Amazon.Runtime;
using Ses.Wrapper.SimpleEmail.Internal;

namespace Ses.Wrapper;

/// <summary>Turns what the SDK and the transport throw into <see cref="SesException"/>.</summary>
internal static class SesExceptionTranslator
{
    private static readonly HashSet<string> AuthenticationCodes = new(StringComparer.Ordinal)
    {
        "InvalidClientTokenId", "SignatureDoesNotMatch", "AccessDenied", "AccessDeniedException", "IncompleteSignature",
        "MissingAuthenticationToken", "ExpiredToken", "ExpiredTokenException", "UnrecognizedClientException",
        "InvalidAccessKeyId", "NotAuthorized", "OptInRequired", "RequestExpired",
    };

    private static readonly HashSet<string> RejectionCodes = new(StringComparer.Ordinal)
    {
        SesErrorCodes.MessageRejected, "MailFromDomainNotVerifiedException", "FromEmailAddressNotVerifiedException",
        "InvalidParameterValue", "ConfigurationSetDoesNotExist", "AccountSendingPausedException",
        "ConfigurationSetSendingPausedException", "TemplateDoesNotExist",
    };

    /// <summary>
    /// Translates <paramref name="exception"/>; returns false for what must pass unchanged: the caller's own
    /// cancellation and exceptions that are not failures of SES or the transport.
    /// </summary>
    public static bool TryTranslate(Exception exception, CancellationToken cancellationToken, out SesException translated)
    {
        translated = null!;
        switch (exception)
        {
            case SesException:
                return false;
            case OperationCanceledException when cancellationToken.IsCancellationRequested:
                return false;
            case AmazonUnmarshallingException unmarshalling:
                translated = new SesException(
                    "The answer from SES could not be read: " + unmarshalling.Message,
                    SesErrorKind.InvalidResponse,
                    unmarshalling.ErrorCode,
                    requestId: Empty(unmarshalling.RequestId),
                    statusCode: unmarshalling.StatusCode,
                    innerException: exception);
                return true;
            case AmazonServiceException service:
                translated = new SesException(
                    service.Message,
                    Classify(service.ErrorCode, service.Message),
                    service.ErrorCode,
                    service.ErrorType == Amazon.Runtime.ErrorType.Unknown ? null : service.ErrorType.ToString(),
                    Empty(service.RequestId),
                    service.StatusCode,
                    exception);
                return true;
            case TimeoutException or OperationCanceledException:
                translated = new SesException("SES did not answer in time (for a send: the mail may or may not have been sent).", SesErrorKind.Timeout, innerException: exception);
                return true;
            case HttpRequestException or IOException or SocketException:
                translated = new SesException("The connection to SES failed: " + exception.Message, SesErrorKind.Network, innerException: exception);
                return true;
            case AmazonClientException client:
                var credentials = client.Message.Contains("credential", StringComparison.OrdinalIgnoreCase);
                translated = new SesException(client.Message, credentials ? SesErrorKind.Authentication : SesErrorKind.Configuration, innerException: exception);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The kind of an SES error code and message.</summary>
    public static SesErrorKind Classify(string? code, string? message)
    {
        if (SesErrorCodes.IsSendingRateThrottle(code, message))
        {
            return SesErrorKind.SendingRateExceeded;
        }

        if (SesErrorCodes.IsDailyQuotaExceeded(code, message))
        {
            return SesErrorKind.DailyQuotaExceeded;
        }

        if (code is null)
        {
            return SesErrorKind.Service;
        }

        if (AuthenticationCodes.Contains(code))
        {
            return SesErrorKind.Authentication;
        }

        return RejectionCodes.Contains(code) ? SesErrorKind.Rejected : SesErrorKind.Service;
    }

    private static string? Empty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
