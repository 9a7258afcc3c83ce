using Microsoft.AspNetCore.Mvc;
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
    /// <summary>Sends a mail: <c>POST /mail</c> with a <see cref="SendMailRequest"/> body.</summary>
    /// <param name="request">The mail.</param>
    /// <param name="cancellationToken">Aborted with the request.</param>
    /// <returns>200 with the MessageId and RequestId.</returns>
    [HttpPost]
    [ProducesResponseType<SendResult>(StatusCodes.Status200OK)]
    public async Task<ActionResult<SendResult>> SendAsync([FromBody] SendMailRequest request, CancellationToken cancellationToken) =>
        await ses.SendAsync(request.ToSesMail(), cancellationToken);

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
