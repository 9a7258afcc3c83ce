namespace Ses.Wrapper.Tests.TestSupport;

/// <summary>Recorded SES answers kept under <c>Fixtures/</c>.</summary>
internal static class Fixture
{
    /// <summary>The text of a fixture file, for example <c>SendEmail.xml</c>.</summary>
    public static string Read(string name) => File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", name));
}
