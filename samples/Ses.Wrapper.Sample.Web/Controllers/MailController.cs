using Microsoft.AspNetCore.Mvc;
using Ses.Wrapper.Sample.Web.Attachments;
using Ses.Wrapper.Sample.Web.Models;

namespace Ses.Wrapper.Sample.Web.Controllers;

/// <summary>
/// ses.py's commands over HTTP, through the injected <see cref="ISesService"/>. Invalid input (an
/// <see cref="ArgumentException"/>) and SES failures (<see cref="SesException"/>) become ProblemDetails answers in
/// <see cref="ErrorHandling.SesProblemDetailsExceptionHandler"/>, so the actions hold only the happy path.
/// </summary>
[ApiController]
[Route("mail")]
public sealed class MailController(ISesService ses) : ControllerBase
{
    /// <summary>
    /// Sends a mail: <c>POST /mail</c> with a <see cref="SendMailRequest"/> body, attachments (if any) as base64 in
    /// <c>attachments</c>. Bad base64 or an invalid attachment → 400 naming the field (<c>attachments[0].contentBase64</c>);
    /// a mail larger than SES accepts → 413 with its size and the limit.
    /// </summary>
    /// <param name="request">The mail.</param>
    /// <param name="cancellationToken">Aborted with the request.</param>
    /// <returns>200 with the MessageId and RequestId.</returns>
    [HttpPost]
    [ProducesResponseType<SendResult>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, "application/problem+json")]
    public async Task<ActionResult<SendResult>> SendAsync([FromBody] SendMailRequest request, CancellationToken cancellationToken) =>
        await ses.SendAsync(request.ToSesMail(), cancellationToken);

    /// <summary>
    /// Sends a mail from a <c>multipart/form-data</c> form: <c>POST /mail/multipart</c> with the <see cref="MailFields"/> as
    /// form fields (<c>to</c>, <c>cc</c>, <c>bcc</c> and <c>replyTo</c> repeated; tags as <c>tags[name]</c>) and each file as
    /// a part named <c>attachments</c> (a <c>Content-ID</c> header on the part makes it inline). Errors as for <c>POST /mail</c>.
    /// </summary>
    /// <param name="mail">The mail's fields.</param>
    /// <param name="cancellationToken">Aborted with the request.</param>
    /// <returns>200 with the MessageId and RequestId.</returns>
    [HttpPost("multipart")]
    [Consumes("multipart/form-data")]
    [ProducesResponseType<SendResult>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, "application/problem+json")]
    public async Task<ActionResult<SendResult>> SendMultipartAsync([FromForm] MailFields mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var form = await Request.ReadFormAsync(cancellationToken);
        var opened = new List<Stream>();
        try
        {
            var attachments = FormAttachments.Open(form.Files, opened);
            return await ses.SendAsync(mail.ToSesMail(attachments), cancellationToken);
        }
        finally
        {
            foreach (var stream in opened)
            {
                await stream.DisposeAsync();
            }
        }
    }

    /// <summary>The account's sending limits: <c>GET /mail/quota</c>.</summary>
    /// <param name="cancellationToken">Aborted with the request.</param>
    /// <returns>200 with the quota.</returns>
    [HttpGet("quota")]
    public async Task<ActionResult<SendQuota>> GetQuotaAsync(CancellationToken cancellationToken) =>
        await ses.GetSendQuotaAsync(cancellationToken);

    /// <summary>The sending statistics of the last two weeks: <c>GET /mail/stats</c>.</summary>
    /// <param name="cancellationToken">Aborted with the request.</param>
    /// <returns>200 with the data points, oldest first.</returns>
    [HttpGet("stats")]
    public async Task<ActionResult<IReadOnlyList<SendDataPoint>>> GetStatisticsAsync(CancellationToken cancellationToken) =>
        Ok(await ses.GetSendStatisticsAsync(cancellationToken));

    /// <summary>The verified sender addresses: <c>GET /mail/verified</c>.</summary>
    /// <param name="cancellationToken">Aborted with the request.</param>
    /// <returns>200 with the addresses.</returns>
    [HttpGet("verified")]
    public async Task<ActionResult<IReadOnlyList<string>>> GetVerifiedAsync(CancellationToken cancellationToken) =>
        Ok(await ses.GetVerifiedEmailAddressesAsync(cancellationToken));

    /// <summary>Starts the verification of an address: <c>POST /mail/verified</c> with <c>{"emailAddress": ...}</c>.</summary>
    /// <param name="request">The address.</param>
    /// <param name="cancellationToken">Aborted with the request.</param>
    /// <returns>202: SES sent a verification mail; the address is verified once its link is followed.</returns>
    [HttpPost("verified")]
    [ProducesResponseType<VerificationStarted>(StatusCodes.Status202Accepted)]
    public async Task<IActionResult> VerifyAsync([FromBody] VerifyAddressRequest request, CancellationToken cancellationToken)
    {
        var address = request.EmailAddress ?? string.Empty;
        var requestId = await ses.VerifyEmailAddressAsync(address, cancellationToken);
        return Accepted(new VerificationStarted(address, requestId));
    }

    /// <summary>Deletes an identity (address or domain): <c>DELETE /mail/verified/{address}</c>.</summary>
    /// <param name="address">The address or domain.</param>
    /// <param name="cancellationToken">Aborted with the request.</param>
    /// <returns>204.</returns>
    [HttpDelete("verified/{address}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> DeleteAsync(string address, CancellationToken cancellationToken)
    {
        await ses.DeleteIdentityAsync(address, cancellationToken);
        return NoContent();
    }
}
