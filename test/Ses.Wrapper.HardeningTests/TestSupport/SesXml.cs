namespace Ses.Wrapper.HardeningTests.TestSupport;

/// <summary>Well-formed SES answers to build hostile variants from.</summary>
internal static class SesXml
{
    public const string Namespace = "http://ses.amazonaws.com/doc/2010-12-01/";

    public const string GetSendQuota = $"""
        <GetSendQuotaResponse xmlns="{Namespace}">
          <GetSendQuotaResult><SentLast24Hours>127.0</SentLast24Hours><Max24HourSend>50000.0</Max24HourSend><MaxSendRate>14.0</MaxSendRate></GetSendQuotaResult>
          <ResponseMetadata><RequestId>f5ace256-3762-4871-b957-f168a765ba5e</RequestId></ResponseMetadata>
        </GetSendQuotaResponse>
        """;

    public static string SendEmail(string messageId, string requestId = "64e5b339-3d95-4b5a-b088-8f4ba29c1a93") => $"""
        <SendEmailResponse xmlns="{Namespace}">
          <SendEmailResult><MessageId>{messageId}</MessageId></SendEmailResult>
          <ResponseMetadata><RequestId>{requestId}</RequestId></ResponseMetadata>
        </SendEmailResponse>
        """;

    public static string Error(string type, string code, string message, string requestId = "aba5d8bd-2c80-462b-9444-3c5bb01d0882") => $"""
        <ErrorResponse xmlns="{Namespace}">
          <Error><Type>{type}</Type><Code>{code}</Code><Message>{message}</Message></Error>
          <RequestId>{requestId}</RequestId>
        </ErrorResponse>
        """;

    public static string SendingRateThrottle => Error("Sender", "Throttling", "Maximum sending rate exceeded.");

    public static string InternalFailure => Error("Receiver", "InternalFailure", "The request processing has failed because of an unknown error, exception or failure.");
}
