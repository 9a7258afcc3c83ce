using System.Text.Json.Serialization;

namespace Ses.Wrapper.Cli.Output;

/// <summary>A failure in <c>--json</c> output: the fields of <see cref="SesException"/>, or <c>InvalidInput</c> for a refused argument.</summary>
/// <param name="Kind">The <see cref="SesErrorKind"/> name, or <c>InvalidInput</c>.</param>
/// <param name="Code">The SES error code, when SES answered.</param>
/// <param name="Message">What went wrong.</param>
/// <param name="RequestId">The id of the failed request, when known.</param>
internal sealed record ErrorOutcome(
    string Kind,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Code,
    string Message,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RequestId)
{
    /// <summary>The kind of an argument the library or the CLI refused.</summary>
    public const string InvalidInput = "InvalidInput";

    /// <summary>Describes an <see cref="SesException"/>.</summary>
    public static ErrorOutcome From(SesException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new ErrorOutcome(exception.Kind.ToString(), exception.Code, exception.Message, exception.RequestId);
    }

    /// <summary>Describes a refused argument.</summary>
    public static ErrorOutcome FromInvalidInput(string message) => new(InvalidInput, null, message, null);
}
