namespace Ses.Wrapper.Cli.Tests.TestSupport;

/// <summary>One request the endpoint received.</summary>
internal sealed record SesRequest(string RequestLine, IReadOnlyDictionary<string, string> Headers, string Body, IReadOnlyDictionary<string, string> Form)
{
    public string Action => Form.GetValueOrDefault("Action", string.Empty);

    public string Authorization => Headers.GetValueOrDefault("Authorization", string.Empty);
}
