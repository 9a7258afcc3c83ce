namespace Ses.Wrapper;

/// <summary>The kind of an SES identity.</summary>
public enum SesIdentityType
{
    /// <summary>An email address.</summary>
    EmailAddress,

    /// <summary>A domain.</summary>
    Domain,
}
