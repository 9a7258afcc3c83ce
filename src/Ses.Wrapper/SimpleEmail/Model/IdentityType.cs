using Amazon.Runtime;

namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>The kind of an identity: an email address or a domain.</summary>
public sealed class IdentityType : ConstantClass
{
    /// <summary>An email address.</summary>
    public static readonly IdentityType EmailAddress = new("EmailAddress");

    /// <summary>A domain.</summary>
    public static readonly IdentityType Domain = new("Domain");

    /// <summary>Creates an identity type with the given wire value; prefer the static members.</summary>
    /// <param name="value">The wire value.</param>
    public IdentityType(string value)
        : base(value)
    {
    }

    /// <summary>Finds the constant with the given wire value.</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The matching constant, or a new one for an unknown value.</returns>
    public static IdentityType FindValue(string value) => FindValue<IdentityType>(value);

    /// <summary>Converts a string to an <see cref="IdentityType"/>.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator IdentityType(string value) => FindValue(value);
}
