using System.Web;

namespace Ses.Wrapper.HardeningTests.TestSupport;

/// <summary>One HTTP request as the raw server received it.</summary>
internal sealed record RawRequest(string Method, string Target, IReadOnlyDictionary<string, string> Headers, string Body)
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

    /// <summary>The SES action (<c>Action</c> form parameter), or an empty string.</summary>
    public string Action => Form.TryGetValue("Action", out var action) ? action : string.Empty;
}
