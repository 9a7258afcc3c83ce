using Amazon.Runtime;
using Ses.Wrapper.SimpleEmail.Model;

namespace Ses.Wrapper.SimpleEmail;

/// <summary>
/// The Amazon SES v1 (2010-12-01) API: operations named as in <c>AWSSDK.SimpleEmail</c>, so code written against it
/// ports to the official package by changing the namespace. Register it with
/// <c>services.AddAWSService&lt;IAmazonSimpleEmailService&gt;()</c> or let <c>AddSes()</c> do it.
/// </summary>
public interface IAmazonSimpleEmailService : IAmazonService, IDisposable
{
    /// <summary>Creates the default configuration for this service (used by <c>AddAWSService</c>).</summary>
    /// <returns>A new <see cref="AmazonSimpleEmailServiceConfig"/>.</returns>
    static ClientConfig IAmazonService.CreateDefaultClientConfig() => new AmazonSimpleEmailServiceConfig();

    /// <summary>Creates a client for this service (used by <c>AddAWSService</c>).</summary>
    /// <param name="awsCredentials">The credentials, or null for the SDK's default chain.</param>
    /// <param name="clientConfig">The configuration made by <see cref="IAmazonService.CreateDefaultClientConfig"/>.</param>
    /// <returns>A new <see cref="AmazonSimpleEmailServiceClient"/>.</returns>
    static IAmazonService IAmazonService.CreateDefaultServiceClient(AWSCredentials awsCredentials, ClientConfig clientConfig) =>
        awsCredentials is null
            ? new AmazonSimpleEmailServiceClient((AmazonSimpleEmailServiceConfig)clientConfig)
            : new AmazonSimpleEmailServiceClient(awsCredentials, (AmazonSimpleEmailServiceConfig)clientConfig);

    /// <summary>Sends a formatted email. Not retried after a failure that may have reached SES; retried after SES's sending-rate throttle.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer of SES.</returns>
    /// <exception cref="AmazonSimpleEmailServiceException">SES answered with an error.</exception>
    Task<SendEmailResponse> SendEmailAsync(SendEmailRequest request, CancellationToken cancellationToken = default);

    /// <summary>Sends a raw RFC 5322 message. Not retried after a failure that may have reached SES; retried after SES's sending-rate throttle.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer of SES.</returns>
    /// <exception cref="AmazonSimpleEmailServiceException">SES answered with an error.</exception>
    Task<SendRawEmailResponse> SendRawEmailAsync(SendRawEmailRequest request, CancellationToken cancellationToken = default);

    /// <summary>Returns the account's sending limits.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer of SES.</returns>
    /// <exception cref="AmazonSimpleEmailServiceException">SES answered with an error.</exception>
    Task<GetSendQuotaResponse> GetSendQuotaAsync(GetSendQuotaRequest request, CancellationToken cancellationToken = default);

    /// <summary>Returns the account's sending statistics of the last two weeks, one data point per 15 minutes.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer of SES.</returns>
    /// <exception cref="AmazonSimpleEmailServiceException">SES answered with an error.</exception>
    Task<GetSendStatisticsResponse> GetSendStatisticsAsync(GetSendStatisticsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Returns one page of the account's identities.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer of SES.</returns>
    /// <exception cref="AmazonSimpleEmailServiceException">SES answered with an error.</exception>
    Task<ListIdentitiesResponse> ListIdentitiesAsync(ListIdentitiesRequest request, CancellationToken cancellationToken = default);

    /// <summary>Returns the verification state of up to 100 identities.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer of SES.</returns>
    /// <exception cref="AmazonSimpleEmailServiceException">SES answered with an error.</exception>
    Task<GetIdentityVerificationAttributesResponse> GetIdentityVerificationAttributesAsync(GetIdentityVerificationAttributesRequest request, CancellationToken cancellationToken = default);

    /// <summary>Adds an email address identity and sends it a verification mail.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer of SES.</returns>
    /// <exception cref="AmazonSimpleEmailServiceException">SES answered with an error.</exception>
    Task<VerifyEmailIdentityResponse> VerifyEmailIdentityAsync(VerifyEmailIdentityRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes an identity.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer of SES.</returns>
    /// <exception cref="AmazonSimpleEmailServiceException">SES answered with an error.</exception>
    Task<DeleteIdentityResponse> DeleteIdentityAsync(DeleteIdentityRequest request, CancellationToken cancellationToken = default);

    /// <summary>Lists verified email addresses (deprecated by AWS in favour of ListIdentities).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer of SES.</returns>
    /// <exception cref="AmazonSimpleEmailServiceException">SES answered with an error.</exception>
    Task<ListVerifiedEmailAddressesResponse> ListVerifiedEmailAddressesAsync(ListVerifiedEmailAddressesRequest request, CancellationToken cancellationToken = default);

    /// <summary>Verifies an email address (deprecated by AWS in favour of VerifyEmailIdentity).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer of SES.</returns>
    /// <exception cref="AmazonSimpleEmailServiceException">SES answered with an error.</exception>
    Task<VerifyEmailAddressResponse> VerifyEmailAddressAsync(VerifyEmailAddressRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes a verified email address (deprecated by AWS in favour of DeleteIdentity).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer of SES.</returns>
    /// <exception cref="AmazonSimpleEmailServiceException">SES answered with an error.</exception>
    Task<DeleteVerifiedEmailAddressResponse> DeleteVerifiedEmailAddressAsync(DeleteVerifiedEmailAddressRequest request, CancellationToken cancellationToken = default);

    /// <summary>Creates an email template.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer of SES.</returns>
    /// <exception cref="AmazonSimpleEmailServiceException">SES answered with an error.</exception>
    Task<CreateTemplateResponse> CreateTemplateAsync(CreateTemplateRequest request, CancellationToken cancellationToken = default);

    /// <summary>Replaces the parts of an email template.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer of SES.</returns>
    /// <exception cref="AmazonSimpleEmailServiceException">SES answered with an error.</exception>
    Task<UpdateTemplateResponse> UpdateTemplateAsync(UpdateTemplateRequest request, CancellationToken cancellationToken = default);

    /// <summary>Returns an email template.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer of SES.</returns>
    /// <exception cref="AmazonSimpleEmailServiceException">SES answered with an error.</exception>
    Task<GetTemplateResponse> GetTemplateAsync(GetTemplateRequest request, CancellationToken cancellationToken = default);

    /// <summary>Returns one page of the account's email templates.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer of SES.</returns>
    /// <exception cref="AmazonSimpleEmailServiceException">SES answered with an error.</exception>
    Task<ListTemplatesResponse> ListTemplatesAsync(ListTemplatesRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes an email template.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer of SES.</returns>
    /// <exception cref="AmazonSimpleEmailServiceException">SES answered with an error.</exception>
    Task<DeleteTemplateResponse> DeleteTemplateAsync(DeleteTemplateRequest request, CancellationToken cancellationToken = default);

    /// <summary>Sends a mail made from a template. Not retried after a failure that may have reached SES; retried after SES's sending-rate throttle.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer of SES.</returns>
    /// <exception cref="AmazonSimpleEmailServiceException">SES answered with an error.</exception>
    Task<SendTemplatedEmailResponse> SendTemplatedEmailAsync(SendTemplatedEmailRequest request, CancellationToken cancellationToken = default);

    /// <summary>Sends a templated mail to each of up to 50 destinations; each destination gets its own status. Not retried after a failure that may have reached SES; retried after SES's sending-rate throttle.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer of SES.</returns>
    /// <exception cref="AmazonSimpleEmailServiceException">SES answered with an error.</exception>
    Task<SendBulkTemplatedEmailResponse> SendBulkTemplatedEmailAsync(SendBulkTemplatedEmailRequest request, CancellationToken cancellationToken = default);

    /// <summary>Adds a domain identity and returns the token of its verification TXT record.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer of SES.</returns>
    /// <exception cref="AmazonSimpleEmailServiceException">SES answered with an error.</exception>
    Task<VerifyDomainIdentityResponse> VerifyDomainIdentityAsync(VerifyDomainIdentityRequest request, CancellationToken cancellationToken = default);

    /// <summary>Creates the Easy DKIM tokens of a domain.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer of SES.</returns>
    /// <exception cref="AmazonSimpleEmailServiceException">SES answered with an error.</exception>
    Task<VerifyDomainDkimResponse> VerifyDomainDkimAsync(VerifyDomainDkimRequest request, CancellationToken cancellationToken = default);

    /// <summary>Returns the DKIM state of up to 100 identities.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer of SES.</returns>
    /// <exception cref="AmazonSimpleEmailServiceException">SES answered with an error.</exception>
    Task<GetIdentityDkimAttributesResponse> GetIdentityDkimAttributesAsync(GetIdentityDkimAttributesRequest request, CancellationToken cancellationToken = default);
}
