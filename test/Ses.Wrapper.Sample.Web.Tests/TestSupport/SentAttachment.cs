namespace Ses.Wrapper.Sample.Web.Tests.TestSupport;

/// <summary>An attachment as it reached the mocked <see cref="ISesService"/>, its content read while the request was alive.</summary>
/// <param name="FileName">The file name.</param>
/// <param name="ContentType">The MIME type.</param>
/// <param name="ContentId">The Content-ID of an inline attachment, or null.</param>
/// <param name="Content">The content.</param>
public sealed record SentAttachment(string FileName, string ContentType, string? ContentId, byte[] Content);
