namespace Ses.Wrapper.Sample.Web.Models;

/// <summary>The JSON body of <c>POST /mail/verified</c>: <c>{"emailAddress": "jane@example.com"}</c>.</summary>
public sealed class VerifyAddressRequest
{
    /// <summary>The address SES should send a verification mail to.</summary>
    public string? EmailAddress { get; set; }
}
