using Amazon.Runtime;

namespace Ses.Wrapper.SimpleEmail.Model;

/// <summary>The verification state of an identity.</summary>
public sealed class VerificationStatus : ConstantClass
{
    /// <summary>Verification is under way.</summary>
    public static readonly VerificationStatus Pending = new("Pending");

    /// <summary>The identity is verified.</summary>
    public static readonly VerificationStatus Success = new("Success");

    /// <summary>Verification failed.</summary>
    public static readonly VerificationStatus Failed = new("Failed");

    /// <summary>Verification failed for a reason that may pass.</summary>
    public static readonly VerificationStatus TemporaryFailure = new("TemporaryFailure");

    /// <summary>Verification has not started.</summary>
    public static readonly VerificationStatus NotStarted = new("NotStarted");

    /// <summary>Creates an identity type with the given wire value; prefer the static members.</summary>
    /// <param name="value">The wire value.</param>
    public VerificationStatus(string value)
        : base(value)
    {
    }

    /// <summary>Finds the constant with the given wire value.</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The matching constant, or a new one for an unknown value.</returns>
    public static VerificationStatus FindValue(string value) => FindValue<VerificationStatus>(value);

    /// <summary>Converts a string to an <see cref="VerificationStatus"/>.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator VerificationStatus(string value) => FindValue(value);
}
