using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Credentials.Internal;
using Amazon.Runtime.Internal.Auth;

namespace Ses.Wrapper.SimpleEmail.Internal;

/// <summary>Selects SigV4 (signing name <c>ses</c>) for every SES operation.</summary>
internal sealed class SesAuthSchemeHandler : BaseAuthResolverHandler
{
    protected override List<IAuthSchemeOption> ResolveAuthOptions(IExecutionContext executionContext) => AuthSchemeOption.DEFAULT_SIGV4;
}
