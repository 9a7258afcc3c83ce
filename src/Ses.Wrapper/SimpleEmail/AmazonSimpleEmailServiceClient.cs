using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;
using Ses.Wrapper.SimpleEmail.Internal;
using Ses.Wrapper.SimpleEmail.Model;
using Ses.Wrapper.SimpleEmail.Model.Internal.MarshallTransformations;

namespace Ses.Wrapper.SimpleEmail;

/// <summary>
/// A client for the Amazon SES v1 Query API on the AWS SDK for .NET runtime (AWSSDK.Core): credentials, SigV4
/// signing, endpoints, timeouts, HTTP and logging come from the SDK.
/// </summary>
/// <remarks>
/// Retry policy: read-only operations use the SDK's standard retries. Sends (<see cref="SendEmailAsync"/>, <see cref="SendTemplatedEmailAsync"/>, <see cref="SendBulkTemplatedEmailAsync"/>,
/// <see cref="SendRawEmailAsync"/>) are retried only after SES's "Maximum sending rate exceeded." throttle; after a
/// connection reset, a timeout or a 5xx the mail may already have been sent, and SES has no idempotency token, so
/// they are never repeated.
/// </remarks>
public class AmazonSimpleEmailServiceClient : AmazonServiceClient, IAmazonSimpleEmailService
{
    private static readonly SesServiceMetadata Metadata = new();

    /// <summary>Creates a client with the SDK's default credentials and region.</summary>
    public AmazonSimpleEmailServiceClient()
        : base(new AmazonSimpleEmailServiceConfig())
    {
    }

    /// <summary>Creates a client for a region with the SDK's default credentials.</summary>
    /// <param name="region">The region to connect to.</param>
    public AmazonSimpleEmailServiceClient(RegionEndpoint region)
        : base(new AmazonSimpleEmailServiceConfig { RegionEndpoint = region })
    {
    }

    /// <summary>Creates a client with a configuration and the SDK's default credentials.</summary>
    /// <param name="config">The configuration.</param>
    public AmazonSimpleEmailServiceClient(AmazonSimpleEmailServiceConfig config)
        : base(config)
    {
    }

    /// <summary>Creates a client with credentials and a configuration.</summary>
    /// <param name="credentials">The credentials.</param>
    /// <param name="config">The configuration.</param>
    public AmazonSimpleEmailServiceClient(AWSCredentials credentials, AmazonSimpleEmailServiceConfig config)
        : base(credentials, config)
    {
    }

    /// <summary>Creates a client with credentials for a region.</summary>
    /// <param name="credentials">The credentials.</param>
    /// <param name="region">The region to connect to.</param>
    public AmazonSimpleEmailServiceClient(AWSCredentials credentials, RegionEndpoint region)
        : base(credentials, new AmazonSimpleEmailServiceConfig { RegionEndpoint = region })
    {
    }

    /// <summary>Creates a client with an access key and a configuration.</summary>
    /// <param name="awsAccessKeyId">The access key id.</param>
    /// <param name="awsSecretAccessKey">The secret access key.</param>
    /// <param name="config">The configuration.</param>
    public AmazonSimpleEmailServiceClient(string awsAccessKeyId, string awsSecretAccessKey, AmazonSimpleEmailServiceConfig config)
        : base(awsAccessKeyId, awsSecretAccessKey, config)
    {
    }

    /// <summary>Creates a client with temporary credentials and a configuration.</summary>
    /// <param name="awsAccessKeyId">The access key id.</param>
    /// <param name="awsSecretAccessKey">The secret access key.</param>
    /// <param name="awsSessionToken">The session token.</param>
    /// <param name="config">The configuration.</param>
    public AmazonSimpleEmailServiceClient(string awsAccessKeyId, string awsSecretAccessKey, string awsSessionToken, AmazonSimpleEmailServiceConfig config)
        : base(awsAccessKeyId, awsSecretAccessKey, awsSessionToken, config)
    {
    }

    /// <summary>
    /// Where each request is logged at Debug level (action, endpoint, status, duration); set by <c>AddSes()</c>
    /// with the category <c>Ses.Wrapper.SimpleEmail</c>. Null logs nothing.
    /// </summary>
    internal Microsoft.Extensions.Logging.ILogger? RequestLogger { get; set; }

    /// <summary>The service's metadata.</summary>
    protected override IServiceMetadata ServiceMetadata => Metadata;

    /// <inheritdoc />
    public virtual Task<SendEmailResponse> SendEmailAsync(SendEmailRequest request, CancellationToken cancellationToken = default) =>
        ExecuteAsync<SendEmailResponse>(request, SendEmailRequestMarshaller.Instance, SendEmailResponseUnmarshaller.Instance, cancellationToken);

    /// <inheritdoc />
    public virtual Task<SendRawEmailResponse> SendRawEmailAsync(SendRawEmailRequest request, CancellationToken cancellationToken = default) =>
        ExecuteAsync<SendRawEmailResponse>(request, SendRawEmailRequestMarshaller.Instance, SendRawEmailResponseUnmarshaller.Instance, cancellationToken);

    /// <inheritdoc />
    public virtual Task<GetSendQuotaResponse> GetSendQuotaAsync(GetSendQuotaRequest request, CancellationToken cancellationToken = default) =>
        ExecuteAsync<GetSendQuotaResponse>(request, GetSendQuotaRequestMarshaller.Instance, GetSendQuotaResponseUnmarshaller.Instance, cancellationToken);

    /// <inheritdoc />
    public virtual Task<GetSendStatisticsResponse> GetSendStatisticsAsync(GetSendStatisticsRequest request, CancellationToken cancellationToken = default) =>
        ExecuteAsync<GetSendStatisticsResponse>(request, GetSendStatisticsRequestMarshaller.Instance, GetSendStatisticsResponseUnmarshaller.Instance, cancellationToken);

    /// <inheritdoc />
    public virtual Task<ListIdentitiesResponse> ListIdentitiesAsync(ListIdentitiesRequest request, CancellationToken cancellationToken = default) =>
        ExecuteAsync<ListIdentitiesResponse>(request, ListIdentitiesRequestMarshaller.Instance, ListIdentitiesResponseUnmarshaller.Instance, cancellationToken);

    /// <inheritdoc />
    public virtual Task<GetIdentityVerificationAttributesResponse> GetIdentityVerificationAttributesAsync(GetIdentityVerificationAttributesRequest request, CancellationToken cancellationToken = default) =>
        ExecuteAsync<GetIdentityVerificationAttributesResponse>(request, GetIdentityVerificationAttributesRequestMarshaller.Instance, GetIdentityVerificationAttributesResponseUnmarshaller.Instance, cancellationToken);

    /// <inheritdoc />
    public virtual Task<VerifyEmailIdentityResponse> VerifyEmailIdentityAsync(VerifyEmailIdentityRequest request, CancellationToken cancellationToken = default) =>
        ExecuteAsync<VerifyEmailIdentityResponse>(request, VerifyEmailIdentityRequestMarshaller.Instance, VerifyEmailIdentityResponseUnmarshaller.Instance, cancellationToken);

    /// <inheritdoc />
    public virtual Task<DeleteIdentityResponse> DeleteIdentityAsync(DeleteIdentityRequest request, CancellationToken cancellationToken = default) =>
        ExecuteAsync<DeleteIdentityResponse>(request, DeleteIdentityRequestMarshaller.Instance, DeleteIdentityResponseUnmarshaller.Instance, cancellationToken);

    /// <inheritdoc />
    public virtual Task<ListVerifiedEmailAddressesResponse> ListVerifiedEmailAddressesAsync(ListVerifiedEmailAddressesRequest request, CancellationToken cancellationToken = default) =>
        ExecuteAsync<ListVerifiedEmailAddressesResponse>(request, ListVerifiedEmailAddressesRequestMarshaller.Instance, ListVerifiedEmailAddressesResponseUnmarshaller.Instance, cancellationToken);

    /// <inheritdoc />
    public virtual Task<VerifyEmailAddressResponse> VerifyEmailAddressAsync(VerifyEmailAddressRequest request, CancellationToken cancellationToken = default) =>
        ExecuteAsync<VerifyEmailAddressResponse>(request, VerifyEmailAddressRequestMarshaller.Instance, VerifyEmailAddressResponseUnmarshaller.Instance, cancellationToken);

    /// <inheritdoc />
    public virtual Task<DeleteVerifiedEmailAddressResponse> DeleteVerifiedEmailAddressAsync(DeleteVerifiedEmailAddressRequest request, CancellationToken cancellationToken = default) =>
        ExecuteAsync<DeleteVerifiedEmailAddressResponse>(request, DeleteVerifiedEmailAddressRequestMarshaller.Instance, DeleteVerifiedEmailAddressResponseUnmarshaller.Instance, cancellationToken);

    /// <inheritdoc />
    public virtual Task<CreateTemplateResponse> CreateTemplateAsync(CreateTemplateRequest request, CancellationToken cancellationToken = default) =>
        ExecuteAsync<CreateTemplateResponse>(request, CreateTemplateRequestMarshaller.Instance, CreateTemplateResponseUnmarshaller.Instance, cancellationToken);

    /// <inheritdoc />
    public virtual Task<UpdateTemplateResponse> UpdateTemplateAsync(UpdateTemplateRequest request, CancellationToken cancellationToken = default) =>
        ExecuteAsync<UpdateTemplateResponse>(request, UpdateTemplateRequestMarshaller.Instance, UpdateTemplateResponseUnmarshaller.Instance, cancellationToken);

    /// <inheritdoc />
    public virtual Task<GetTemplateResponse> GetTemplateAsync(GetTemplateRequest request, CancellationToken cancellationToken = default) =>
        ExecuteAsync<GetTemplateResponse>(request, GetTemplateRequestMarshaller.Instance, GetTemplateResponseUnmarshaller.Instance, cancellationToken);

    /// <inheritdoc />
    public virtual Task<ListTemplatesResponse> ListTemplatesAsync(ListTemplatesRequest request, CancellationToken cancellationToken = default) =>
        ExecuteAsync<ListTemplatesResponse>(request, ListTemplatesRequestMarshaller.Instance, ListTemplatesResponseUnmarshaller.Instance, cancellationToken);

    /// <inheritdoc />
    public virtual Task<DeleteTemplateResponse> DeleteTemplateAsync(DeleteTemplateRequest request, CancellationToken cancellationToken = default) =>
        ExecuteAsync<DeleteTemplateResponse>(request, DeleteTemplateRequestMarshaller.Instance, DeleteTemplateResponseUnmarshaller.Instance, cancellationToken);

    /// <inheritdoc />
    public virtual Task<SendTemplatedEmailResponse> SendTemplatedEmailAsync(SendTemplatedEmailRequest request, CancellationToken cancellationToken = default) =>
        ExecuteAsync<SendTemplatedEmailResponse>(request, SendTemplatedEmailRequestMarshaller.Instance, SendTemplatedEmailResponseUnmarshaller.Instance, cancellationToken);

    /// <inheritdoc />
    public virtual Task<SendBulkTemplatedEmailResponse> SendBulkTemplatedEmailAsync(SendBulkTemplatedEmailRequest request, CancellationToken cancellationToken = default) =>
        ExecuteAsync<SendBulkTemplatedEmailResponse>(request, SendBulkTemplatedEmailRequestMarshaller.Instance, SendBulkTemplatedEmailResponseUnmarshaller.Instance, cancellationToken);

    /// <inheritdoc />
    public virtual Task<VerifyDomainIdentityResponse> VerifyDomainIdentityAsync(VerifyDomainIdentityRequest request, CancellationToken cancellationToken = default) =>
        ExecuteAsync<VerifyDomainIdentityResponse>(request, VerifyDomainIdentityRequestMarshaller.Instance, VerifyDomainIdentityResponseUnmarshaller.Instance, cancellationToken);

    /// <inheritdoc />
    public virtual Task<VerifyDomainDkimResponse> VerifyDomainDkimAsync(VerifyDomainDkimRequest request, CancellationToken cancellationToken = default) =>
        ExecuteAsync<VerifyDomainDkimResponse>(request, VerifyDomainDkimRequestMarshaller.Instance, VerifyDomainDkimResponseUnmarshaller.Instance, cancellationToken);

    /// <inheritdoc />
    public virtual Task<GetIdentityDkimAttributesResponse> GetIdentityDkimAttributesAsync(GetIdentityDkimAttributesRequest request, CancellationToken cancellationToken = default) =>
        ExecuteAsync<GetIdentityDkimAttributesResponse>(request, GetIdentityDkimAttributesRequestMarshaller.Instance, GetIdentityDkimAttributesResponseUnmarshaller.Instance, cancellationToken);

    /// <summary>
    /// Adds SigV4 auth resolution, the SES retry policy, diagnostics and <see cref="SesResponseReadHandler"/> (answer
    /// bodies read within <see cref="ClientConfig.Timeout"/> and a size limit) to the SDK pipeline.
    /// </summary>
    /// <param name="pipeline">The pipeline.</param>
    protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.AddHandlerAfter<Marshaller>(new SesAuthSchemeHandler());
        pipeline.ReplaceHandler<RetryHandler>(new RetryHandler(new SesRetryPolicy(Config)));
        pipeline.AddHandlerAfter<RetryHandler>(new SesDiagnosticsHandler(() => RequestLogger));
        pipeline.AddHandlerAfter<Unmarshaller>(new SesResponseReadHandler());
    }

    private Task<TResponse> ExecuteAsync<TResponse>(
        AmazonSimpleEmailServiceRequest request,
        IMarshaller<IRequest, AmazonWebServiceRequest> marshaller,
        ResponseUnmarshaller unmarshaller,
        CancellationToken cancellationToken)
        where TResponse : AmazonWebServiceResponse, new()
    {
        ArgumentNullException.ThrowIfNull(request);
        var options = new InvokeOptions { RequestMarshaller = marshaller, ResponseUnmarshaller = unmarshaller };
        return InvokeAsync<TResponse>(request, options, cancellationToken);
    }
}
