using System.Globalization;

namespace Ses.Wrapper.HardeningTests.BadInput;

/// <summary>
/// Malformed mails, each a valid mail spoiled in one field, with the field the error must name; and edge cases that
/// are valid and must be sent.
/// </summary>
internal static class MailCases
{
    private static readonly string LongLocalPart = new('a', 65);
    private static readonly string LongLabel = new('b', 64);
    private static readonly string LongDomain = string.Join('.', Enumerable.Repeat(new string('c', 60), 5)) + ".com";

    /// <summary>A valid mail.</summary>
    public static SesMail Valid() => new()
    {
        Source = "sender@example.com",
        To = ["to@example.com"],
        Subject = "Hello",
        TextBody = "Text body.",
    };

    /// <summary>Addresses no mail may carry, with a name for the test.</summary>
    public static IEnumerable<(string Name, string? Address)> BadAddresses()
    {
        yield return ("empty", string.Empty);
        yield return ("whitespace", "   ");
        yield return ("CRLF header injection", "x@example.com\r\nBcc: victim@example.com");
        yield return ("LF", "x@example.com\nBcc: victim@example.com");
        yield return ("CR", "x@example.com\rBcc: victim@example.com");
        yield return ("no at sign", "x.example.com");
        yield return ("two at signs", "x@y@example.com");
        yield return ("no local part", "@example.com");
        yield return ("no domain", "x@");
        yield return ("space in local part", "x y@example.com");
        yield return ("unterminated quote", "\"x@example.com");
        yield return ("unclosed angle bracket", "Someone <x@example.com");
        yield return ("non-ASCII local part", "jörg@example.com");
        yield return ("NUL", "x\0y@example.com");
        yield return ("escape character", "x\u001by@example.com");
        yield return ("local part of 65 characters", LongLocalPart + "@example.com");
        yield return ("domain label of 64 characters", "x@" + LongLabel + ".com");
        yield return ("domain of 300 characters", "x@" + LongDomain);
        yield return ("600 characters", new string('d', 590) + "@example.com");
    }

    /// <summary>Mails refused before anything is sent: (name, spoil, field named by the error).</summary>
    public static IEnumerable<TestCaseData> Invalid()
    {
        foreach (var (name, address) in BadAddresses())
        {
            yield return Case("Source " + name, m => m.Source = address, "mail.Source");
            yield return Case("To " + name, m => m.To[0] = address!, "mail.To[0]");
        }

        yield return Case("Source comment", m => m.Source = "(comment)sender@example.com", "mail.Source");
        yield return Case("To comment", m => m.To[0] = "to@example.com (comment)", "mail.To[0]");
        yield return Case("To null entry", m => m.To[0] = null!, "mail.To[0]");
        yield return Case("To second entry bad", m => m.To.Add("second.example.com"), "mail.To[1]");
        yield return Case("Cc CRLF", m => m.Cc.Add("cc@example.com\r\nBcc: victim@example.com"), "mail.Cc[0]");
        yield return Case("Cc no domain", m => m.Cc.Add("cc@"), "mail.Cc[0]");
        yield return Case("Bcc CRLF", m => m.Bcc.Add("bcc@example.com\r\nX-Injected: 1"), "mail.Bcc[0]");
        yield return Case("Bcc non-ASCII local part", m => m.Bcc.Add("ñandú@example.com"), "mail.Bcc[0]");
        yield return Case("ReplyTo CRLF", m => m.ReplyTo.Add("reply@example.com\r\nBcc: victim@example.com"), "mail.ReplyTo[0]");
        yield return Case("ReplyTo empty", m => m.ReplyTo.Add(string.Empty), "mail.ReplyTo[0]");
        yield return Case("ReturnPath CRLF", m => m.ReturnPath = "bounce@example.com\r\nBcc: victim@example.com", "mail.ReturnPath");
        yield return Case("ReturnPath empty", m => m.ReturnPath = string.Empty, "mail.ReturnPath");
        yield return Case("ReturnPath no at sign", m => m.ReturnPath = "bounce.example.com", "mail.ReturnPath");
        yield return CaseOf("To null list", () => new SesMail { Source = "sender@example.com", To = null!, Subject = "s", TextBody = "t" }, "mail.To");
        yield return CaseOf("Cc null list", () => new SesMail { Source = "sender@example.com", To = ["to@example.com"], Cc = null!, Subject = "s", TextBody = "t" }, "mail.Cc");
        yield return CaseOf("Bcc null list", () => new SesMail { Source = "sender@example.com", To = ["to@example.com"], Bcc = null!, Subject = "s", TextBody = "t" }, "mail.Bcc");
        yield return CaseOf("ReplyTo null list", () => new SesMail { Source = "sender@example.com", To = ["to@example.com"], ReplyTo = null!, Subject = "s", TextBody = "t" }, "mail.ReplyTo");
        yield return Case("no recipients", m => m.To.Clear(), "mail.To");
        yield return Case("51 To recipients", m => AddRecipients(m.To, 50, "to"), "mail.To");
        yield return Case("51 recipients over To Cc Bcc", m =>
        {
            AddRecipients(m.To, 19, "to");
            AddRecipients(m.Cc, 20, "cc");
            AddRecipients(m.Bcc, 11, "bcc");
        }, "mail.To");
        yield return Case("Subject null", m => m.Subject = null, "mail.Subject");
        yield return Case("Subject CRLF header injection", m => m.Subject = "Hello\r\nBcc: victim@example.com", "mail.Subject");
        yield return Case("Subject LF", m => m.Subject = "Hello\nWorld", "mail.Subject");
        yield return Case("Subject CR", m => m.Subject = "Hello\rWorld", "mail.Subject");
        yield return Case("Subject NUL", m => m.Subject = "Hello\0World", "mail.Subject");
        yield return Case("Subject escape character", m => m.Subject = "Hello\u001b[31mWorld", "mail.Subject");
        yield return Case("Subject of 999 characters", m => m.Subject = new string('s', 999), "mail.Subject");
        yield return Case("Subject of 100000 characters", m => m.Subject = new string('s', 100_000), "mail.Subject");
        yield return Case("no body", m =>
        {
            m.TextBody = null;
            m.HtmlBody = null;
        }, "mail.TextBody");
        yield return Case("ConfigurationSetName empty", m => m.ConfigurationSetName = string.Empty, "mail.ConfigurationSetName");
        yield return Case("ConfigurationSetName whitespace", m => m.ConfigurationSetName = "  ", "mail.ConfigurationSetName");
        yield return Case("ConfigurationSetName with space", m => m.ConfigurationSetName = "my set", "mail.ConfigurationSetName");
        yield return Case("ConfigurationSetName with dots", m => m.ConfigurationSetName = "my.set", "mail.ConfigurationSetName");
        yield return Case("ConfigurationSetName of 65 characters", m => m.ConfigurationSetName = new string('c', 65), "mail.ConfigurationSetName");
        yield return Case("ConfigurationSetName non-ASCII", m => m.ConfigurationSetName = "sätt", "mail.ConfigurationSetName");
        yield return Case("ConfigurationSetName CRLF", m => m.ConfigurationSetName = "set\r\nX: 1", "mail.ConfigurationSetName");
        yield return Case("Tag name empty", m => m.Tags[string.Empty] = "v", "mail.Tags");
        yield return Case("Tag name with space", m => m.Tags["campaign name"] = "v", "mail.Tags");
        yield return Case("Tag name with equals sign", m => m.Tags["a=b"] = "v", "mail.Tags");
        yield return Case("Tag name of 257 characters", m => m.Tags[new string('n', 257)] = "v", "mail.Tags");
        yield return Case("Tag name non-ASCII", m => m.Tags["kampagne-ö"] = "v", "mail.Tags");
        yield return Case("Tag value empty", m => m.Tags["campaign"] = string.Empty, "mail.Tags");
        yield return Case("Tag value with space", m => m.Tags["campaign"] = "spring sale", "mail.Tags");
        yield return Case("Tag value with ampersand", m => m.Tags["campaign"] = "a&Action=DeleteIdentity", "mail.Tags");
        yield return Case("Tag value of 257 characters", m => m.Tags["campaign"] = new string('v', 257), "mail.Tags");
        yield return Case("Tag value CRLF", m => m.Tags["campaign"] = "a\r\nb", "mail.Tags");
        yield return CaseOf("Attachments null list", () => new SesMail { Source = "sender@example.com", To = ["to@example.com"], Subject = "s", TextBody = "t", Attachments = null! }, "mail.Attachments");
        yield return Case("Attachments null entry", m => m.Attachments.Add(null!), "mail.Attachments[0]");
    }

    /// <summary>Edge cases that are valid and must reach SES: (name, spoil).</summary>
    public static IEnumerable<TestCaseData> ValidEdges()
    {
        yield return Edge("display name", m => m.To[0] = "\"Doe, Jane\" <jane@example.com>");
        yield return Edge("plus addressing", m => m.To[0] = "jane+news@example.com");
        yield return Edge("quoted local part", m => m.To[0] = "\"jane doe\"@example.com");
        yield return Edge("IDN domain", m => m.To[0] = "jane@bücher.example");
        yield return Edge("non-ASCII display name", m => m.To[0] = "Jörg Müller <jorg@example.com>");
        yield return Edge("local part of 64 characters", m => m.To[0] = new string('a', 64) + "@example.com");
        yield return Edge("domain label of 63 characters", m => m.To[0] = "x@" + new string('b', 63) + ".com");
        yield return Edge("50 recipients", m => AddRecipients(m.To, 49, "to"));
        yield return Edge("empty subject", m => m.Subject = string.Empty);
        yield return Edge("subject with tab", m => m.Subject = "Hello\tWorld");
        yield return Edge("non-ASCII subject", m => m.Subject = "Grüße 🚀 日本語");
        yield return Edge("subject of 998 characters", m => m.Subject = new string('s', 998));
        yield return Edge("HTML body only", m =>
        {
            m.TextBody = null;
            m.HtmlBody = "<p>Hello</p>";
        });
        yield return Edge("empty text body", m => m.TextBody = string.Empty);
        yield return Edge("configuration set of 64 characters", m => m.ConfigurationSetName = new string('c', 64));
        yield return Edge("tag of 256 characters", m => m.Tags[new string('n', 256)] = new string('v', 256));
    }

    private static void AddRecipients(IList<string> list, int count, string prefix)
    {
        for (var i = 0; i < count; i++)
        {
            list.Add(string.Create(CultureInfo.InvariantCulture, $"{prefix}{i}@example.com"));
        }
    }

    private static TestCaseData Case(string name, Action<SesMail> spoil, string field) =>
        CaseOf(name, () =>
        {
            var mail = Valid();
            spoil(mail);
            return mail;
        }, field);

    private static TestCaseData CaseOf(string name, Func<SesMail> build, string field) =>
        new TestCaseData(build, field).SetArgDisplayNames(name);

    private static TestCaseData Edge(string name, Action<SesMail> change) =>
        new TestCaseData((Func<SesMail>)(() =>
        {
            var mail = Valid();
            change(mail);
            return mail;
        })).SetArgDisplayNames(name);
}
