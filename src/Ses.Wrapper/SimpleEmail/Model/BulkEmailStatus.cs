using Amazon.Runtime;

namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>What became of one destination of a bulk templated send.</summary>
public sealed class BulkEmailStatus : ConstantClass
{
    /// <summary>The mail was accepted.</summary>
    public static readonly BulkEmailStatus Success = new("Success");

    /// <summary>SES refused the mail, for example an unverified address.</summary>
    public static readonly BulkEmailStatus MessageRejected = new("MessageRejected");

    /// <summary>The MAIL FROM domain is not verified.</summary>
    public static readonly BulkEmailStatus MailFromDomainNotVerified = new("MailFromDomainNotVerified");

    /// <summary>The configuration set does not exist.</summary>
    public static readonly BulkEmailStatus ConfigurationSetDoesNotExist = new("ConfigurationSetDoesNotExist");

    /// <summary>The template does not exist.</summary>
    public static readonly BulkEmailStatus TemplateDoesNotExist = new("TemplateDoesNotExist");

    /// <summary>The account is suspended.</summary>
    public static readonly BulkEmailStatus AccountSuspended = new("AccountSuspended");

    /// <summary>The account's sending rate was exceeded.</summary>
    public static readonly BulkEmailStatus AccountThrottled = new("AccountThrottled");

    /// <summary>The account's daily quota was exceeded.</summary>
    public static readonly BulkEmailStatus AccountDailyQuotaExceeded = new("AccountDailyQuotaExceeded");

    /// <summary>The dedicated IP pool does not exist.</summary>
    public static readonly BulkEmailStatus InvalidSendingPoolName = new("InvalidSendingPoolName");

    /// <summary>Sending is paused for the account.</summary>
    public static readonly BulkEmailStatus AccountSendingPaused = new("AccountSendingPaused");

    /// <summary>Sending is paused for the configuration set.</summary>
    public static readonly BulkEmailStatus ConfigurationSetSendingPaused = new("ConfigurationSetSendingPaused");

    /// <summary>A parameter, for example the template data, is invalid.</summary>
    public static readonly BulkEmailStatus InvalidParameterValue = new("InvalidParameterValue");

    /// <summary>A temporary failure: sending again may work.</summary>
    public static readonly BulkEmailStatus TransientFailure = new("TransientFailure");

    /// <summary>Another failure.</summary>
    public static readonly BulkEmailStatus Failed = new("Failed");

    /// <summary>Creates a status with the given wire value; prefer the static members.</summary>
    /// <param name="value">The wire value.</param>
    public BulkEmailStatus(string value)
        : base(value)
    {
    }

    /// <summary>Finds the constant with the given wire value.</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The matching constant, or a new one for an unknown value.</returns>
    public static BulkEmailStatus FindValue(string value) => FindValue<BulkEmailStatus>(value);

    /// <summary>Converts a string to a <see cref="BulkEmailStatus"/>.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator BulkEmailStatus(string value) => FindValue(value);
}
