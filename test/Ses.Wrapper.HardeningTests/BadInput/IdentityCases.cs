namespace Ses.Wrapper.HardeningTests.BadInput;

/// <summary>Bad arguments of <see cref="ISesService.VerifyEmailAddressAsync"/> and <see cref="ISesService.DeleteIdentityAsync"/>.</summary>
internal static class IdentityCases
{
    /// <summary>Addresses <see cref="ISesService.VerifyEmailAddressAsync"/> refuses.</summary>
    public static IEnumerable<TestCaseData> BadEmailAddresses()
    {
        yield return Case("null", null);
        yield return Case("display name", "Jane Doe <jane@example.com>");
        yield return Case("comment", "jane@example.com (Jane)");
        yield return Case("IDN domain", "jane@bücher.example");
        yield return Case("surrounding spaces", " jane@example.com ");
        foreach (var (name, address) in MailCases.BadAddresses())
        {
            yield return Case(name, address);
        }
    }

    /// <summary>Identities <see cref="ISesService.DeleteIdentityAsync"/> refuses.</summary>
    public static IEnumerable<TestCaseData> BadIdentities()
    {
        yield return Case("null", null);
        yield return Case("empty", string.Empty);
        yield return Case("whitespace", "  ");
        yield return Case("CRLF", "example.com\r\nX-Injected: 1");
        yield return Case("space in domain", "exa mple.com");
        yield return Case("URL", "https://example.com/");
        yield return Case("path", "example.com/x");
        yield return Case("wildcard", "*.example.com");
        yield return Case("IPv4 address", "192.0.2.1");
        yield return Case("leading hyphen label", "-example.com");
        yield return Case("empty label", "example..com");
        yield return Case("label of 64 characters", new string('l', 64) + ".com");
        yield return Case("domain of 300 characters", string.Join('.', Enumerable.Repeat(new string('d', 60), 5)));
        yield return Case("IDN domain", "bücher.example");
        yield return Case("address with display name", "Jane <jane@example.com>");
        yield return Case("address with two at signs", "a@b@example.com");
        yield return Case("address without domain", "jane@");
    }

    private static TestCaseData Case(string name, string? value) => new TestCaseData(value).SetArgDisplayNames(name);
}
