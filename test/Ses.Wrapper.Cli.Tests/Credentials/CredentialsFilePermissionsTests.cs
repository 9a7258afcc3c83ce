using Ses.Wrapper.Cli.Credentials;
using Ses.Wrapper.Cli.Tests.TestSupport;

namespace Ses.Wrapper.Cli.Tests.Credentials;

[Platform(Exclude = "Win")]
public class CredentialsFilePermissionsTests
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Test]
    public void Check_OwnerOnly_ReturnsNull()
    {
        using var dir = new TempDirectory();
        var path = dir.File("creds", TestCredentials.File, OwnerOnly);

        Assert.That(CredentialsFilePermissions.Check(path), Is.Null);
    }

    [Test]
    public void Check_ReadableByGroupAndOthers_WarnsWithModeAndFix()
    {
        using var dir = new TempDirectory();
        var path = dir.File("creds", TestCredentials.File, OwnerOnly | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        Assert.That(
            CredentialsFilePermissions.Check(path),
            Is.EqualTo($"credentials file '{path}' has mode 0644: it can be read by its group and others; restrict it with: chmod 600 '{path}'"));
    }

    [Test]
    public void Check_ReadableByGroup_NamesTheGroup()
    {
        using var dir = new TempDirectory();
        var path = dir.File("creds", TestCredentials.File, OwnerOnly | UnixFileMode.GroupRead);

        Assert.That(CredentialsFilePermissions.Check(path), Does.Contain("mode 0640: it can be read by its group;"));
    }

    [Test]
    public void Check_ReadableByOthers_NamesOthers()
    {
        using var dir = new TempDirectory();
        var path = dir.File("creds", TestCredentials.File, OwnerOnly | UnixFileMode.OtherRead);

        Assert.That(CredentialsFilePermissions.Check(path), Does.Contain("mode 0604: it can be read by others;"));
    }

    [Test]
    public void Check_WritableButNotReadableByGroup_ReturnsNull()
    {
        using var dir = new TempDirectory();
        var path = dir.File("creds", TestCredentials.File, OwnerOnly | UnixFileMode.GroupWrite);

        Assert.That(CredentialsFilePermissions.Check(path), Is.Null);
    }

    [Test]
    public void Check_MissingFile_ReturnsNull()
    {
        using var dir = new TempDirectory();

        Assert.That(CredentialsFilePermissions.Check(Path.Combine(dir.Path, "none")), Is.Null);
    }
}
