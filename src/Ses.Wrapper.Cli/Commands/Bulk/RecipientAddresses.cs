using System.Net.Mail;

namespace Ses.Wrapper.Cli.Commands.Bulk;

/// <summary>Splits and checks the address cell of a recipients file row before anything is sent.</summary>
internal static class RecipientAddresses
{
    /// <summary>The most recipients SES takes in one mail.</summary>
    public const int MaxRecipients = 50;

    /// <summary>Splits <paramref name="cell"/> (comma-separated, display names allowed) and checks each address.</summary>
    /// <returns>The addresses, or the reason they are unusable.</returns>
    public static (IReadOnlyList<string> Addresses, string? Error) Parse(string cell)
    {
        var addresses = AddressList.Split([cell]);
        if (addresses.Count == 0)
        {
            return (addresses, "no address.");
        }

        if (addresses.Count > MaxRecipients)
        {
            return (addresses, $"{addresses.Count} addresses; a mail may have at most {MaxRecipients} recipients.");
        }

        foreach (var address in addresses)
        {
            if (address.AsSpan().IndexOfAny('\r', '\n') >= 0
                || !MailAddress.TryCreate(address, out var parsed)
                || parsed.User.Length == 0
                || parsed.Host.Length == 0
                || !System.Text.Ascii.IsValid(parsed.User))
            {
                return (addresses, $"'{address}' is not a valid email address.");
            }
        }

        return (addresses, null);
    }
}
