using System.Net;

namespace Ses.Wrapper.Cli.Tests.TestSupport;

/// <summary>SesExceptions as the library throws them.</summary>
internal static class Errors
{
    public static SesException Rejected() => new(
        "Email address is not verified. The following identities failed the check in region US-EAST-1: sender@example.com",
        SesErrorKind.Rejected,
        "MessageRejected",
        "Sender",
        "8addd562-1ad8-42cc-b23a-9715e713ebb2",
        HttpStatusCode.BadRequest);

    public static SesException InvalidToken() => new(
        "The security token included in the request is invalid.",
        SesErrorKind.Authentication,
        "InvalidClientTokenId",
        "Sender",
        "01c62c17-b51a-4ce0-bf29-37e13853a6cf",
        HttpStatusCode.Forbidden);

    public static SesException Network() => new("The connection to SES failed: Connection refused (127.0.0.1:1)", SesErrorKind.Network);

    public static SesException Configuration() => new("No RegionEndpoint or ServiceURL configured", SesErrorKind.Configuration);
}
