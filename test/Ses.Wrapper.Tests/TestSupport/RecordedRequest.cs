using System.Web;

namespace Ses.Wrapper.Tests.TestSupport;

/// <summary>One HTTP request as the SES endpoint received it.</summary>
internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? ContentType, string Body)
{
    /// <summary>The form parameters of the body, decoded.</summary>
    public IReadOnlyDictionary<string, string> Form
    {
        get
        {
            var parsed = HttpUtility.ParseQueryString(Body);
            return parsed.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => parsed[k]!, StringComparer.Ordinal);
        }
    }

    /// <summary>The Authorization header's value.</summary>
    public string Authorization => Headers.TryGetValue("Authorization", out var value) ? value : string.Empty;
}
