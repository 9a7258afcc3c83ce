using Amazon.Runtime.Internal;

namespace Ses.Wrapper.SimpleEmail.Internal;

/// <summary>Service metadata the SDK pipeline reads.</summary>
internal sealed class SesServiceMetadata : IServiceMetadata
{
    public string ServiceId => "SES";

    public IDictionary<string, string> OperationNameMapping { get; } = new Dictionary<string, string>(0);
}
