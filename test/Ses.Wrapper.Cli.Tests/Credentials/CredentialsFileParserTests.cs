using System.Text;
using Ses.Wrapper.Cli.Credentials;
using Ses.Wrapper.Cli.Tests.TestSupport;

namespace Ses.Wrapper.Cli.Tests.Credentials;

public class CredentialsFileParserTests
{
    private const string Path = "creds.txt";

    [Test]
    public void Parse_SesPyFile_ReturnsKeyIdAndSecret()
    {
        var file = CredentialsFileParser.Parse("AWSAccessKeyId=XXXXXXXXXXXXXXXXXXXX\nAWSSecretKey=YYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYY\n", Path);

        Assert.Multiple(() =>
        {
            Assert.That(file.AccessKeyId, Is.EqualTo("XXXXXXXXXXXXXXXXXXXX"));
            Assert.That(file.SecretKey, Is.EqualTo("YYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYY"));
            Assert.That(file.SessionToken, Is.Null);
            Assert.That(file.Region, Is.Null);
            Assert.That(file.Path, Is.EqualTo(Path));
        });
    }

    [Test]
    public void Parse_BlankLinesAndComments_AreSkipped()
    {
        var file = CredentialsFileParser.Parse("# my SES keys\n\n   \nAWSAccessKeyId=AKID\n  # indented comment\n\nAWSSecretKey=SECRET\n\n", Path);

        Assert.That((file.AccessKeyId, file.SecretKey), Is.EqualTo(("AKID", "SECRET")));
    }

    [Test]
    public void Parse_SpacesAroundEquals_AreTrimmed()
    {
        var file = CredentialsFileParser.Parse("  AWSAccessKeyId =  AKID  \n\tAWSSecretKey\t=\tSECRET\t\n", Path);

        Assert.That((file.AccessKeyId, file.SecretKey), Is.EqualTo(("AKID", "SECRET")));
    }

    [Test]
    public void Parse_CrlfLineEnds_AreTolerated()
    {
        var file = CredentialsFileParser.Parse("AWSAccessKeyId=AKID\r\nAWSSecretKey=SECRET\r\n", Path);

        Assert.That((file.AccessKeyId, file.SecretKey), Is.EqualTo(("AKID", "SECRET")));
    }

    [Test]
    public void Parse_LeadingByteOrderMark_IsIgnored()
    {
        var file = CredentialsFileParser.Parse("\uFEFFAWSAccessKeyId=AKID\nAWSSecretKey=SECRET", Path);

        Assert.That(file.AccessKeyId, Is.EqualTo("AKID"));
    }

    [Test]
    public void Parse_NoTrailingNewline_ReadsLastLine()
    {
        var file = CredentialsFileParser.Parse("AWSAccessKeyId=AKID\nAWSSecretKey=SECRET", Path);

        Assert.That(file.SecretKey, Is.EqualTo("SECRET"));
    }

    [Test]
    public void Parse_OptionalSessionTokenAndRegion_AreRead()
    {
        var file = CredentialsFileParser.Parse("AWSAccessKeyId=AKID\nAWSSecretKey=SECRET\nAWSSessionToken=TOKEN\nRegion=eu-west-1\n", Path);

        Assert.That((file.SessionToken, file.Region), Is.EqualTo(("TOKEN", "eu-west-1")));
    }

    [Test]
    public void Parse_KeysInOtherCase_AreAccepted()
    {
        var file = CredentialsFileParser.Parse("awsaccesskeyid=AKID\nAWSSECRETKEY=SECRET\nregion=us-east-2\n", Path);

        Assert.That((file.AccessKeyId, file.SecretKey, file.Region), Is.EqualTo(("AKID", "SECRET", "us-east-2")));
    }

    [Test]
    public void Parse_ValueContainingEquals_KeepsEverythingAfterTheFirstEquals()
    {
        var file = CredentialsFileParser.Parse("AWSAccessKeyId=AKID\nAWSSecretKey=abc=def==\n", Path);

        Assert.That(file.SecretKey, Is.EqualTo("abc=def=="));
    }

    [Test]
    public void Parse_LineWithoutEquals_FailsNamingFileAndLine()
    {
        var ex = Assert.Throws<CredentialsFileException>(() => CredentialsFileParser.Parse("# keys\nAWSAccessKeyId=AKID\nAWSSecretKey SECRET\n", Path));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Message, Is.EqualTo("creds.txt:3: expected KEY=VALUE, but the line has no '='."));
            Assert.That(ex.Line, Is.EqualTo(3));
            Assert.That(ex.Path, Is.EqualTo(Path));
        });
    }

    [Test]
    public void Parse_LineWithoutEquals_NeverEchoesTheLine()
    {
        var ex = Assert.Throws<CredentialsFileException>(() => CredentialsFileParser.Parse("AWSAccessKeyId=AKID\n" + TestCredentials.SecretKey + "\n", Path));

        Assert.That(ex!.Message, Does.Not.Contain(TestCredentials.SecretKey));
    }

    [Test]
    public void Parse_UnknownKey_FailsNamingFileLineAndKey()
    {
        var ex = Assert.Throws<CredentialsFileException>(() => CredentialsFileParser.Parse("AWSAccessKeyId=AKID\nAWSSecretKey=SECRET\n\nProfile=prod\n", Path));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Message, Is.EqualTo("creds.txt:4: unknown key 'Profile'; expected AWSAccessKeyId, AWSSecretKey, AWSSessionToken or Region."));
            Assert.That(ex.Line, Is.EqualTo(4));
        });
    }

    [Test]
    public void Parse_UnknownKeyWithSecretValue_NeverEchoesTheValue()
    {
        var ex = Assert.Throws<CredentialsFileException>(() => CredentialsFileParser.Parse("AWSAccessKeyId=AKID\nAWSSecretAccessKey=" + TestCredentials.SecretKey + "\n", Path));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Message, Does.StartWith("creds.txt:2: unknown key 'AWSSecretAccessKey'"));
            Assert.That(ex.Message, Does.Not.Contain(TestCredentials.SecretKey));
        });
    }

    [Test]
    public void Parse_UnknownKeyThatLooksLikeASecret_IsNotShown()
    {
        var ex = Assert.Throws<CredentialsFileException>(() => CredentialsFileParser.Parse("AWSAccessKeyId=AKID\n" + TestCredentials.SecretKey + "=x\n", Path));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Message, Does.StartWith("creds.txt:2: unknown key (not shown"));
            Assert.That(ex.Message, Does.Not.Contain(TestCredentials.SecretKey));
        });
    }

    [Test]
    public void Parse_MissingAccessKeyId_FailsNamingFileAndKey()
    {
        var ex = Assert.Throws<CredentialsFileException>(() => CredentialsFileParser.Parse("AWSSecretKey=SECRET\n", Path));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Message, Is.EqualTo("creds.txt: no AWSAccessKeyId line; a credentials file needs AWSAccessKeyId=... and AWSSecretKey=... lines."));
            Assert.That(ex.Line, Is.Null);
        });
    }

    [Test]
    public void Parse_MissingSecretKey_FailsNamingFileAndKey()
    {
        var ex = Assert.Throws<CredentialsFileException>(() => CredentialsFileParser.Parse("AWSAccessKeyId=AKID\n", Path));

        Assert.That(ex!.Message, Does.StartWith("creds.txt: no AWSSecretKey line"));
    }

    [Test]
    public void Parse_EmptyFile_FailsWithMissingAccessKeyId()
    {
        var ex = Assert.Throws<CredentialsFileException>(() => CredentialsFileParser.Parse(string.Empty, Path));

        Assert.That(ex!.Message, Does.StartWith("creds.txt: no AWSAccessKeyId line"));
    }

    [Test]
    public void Parse_EmptyValue_FailsNamingFileLineAndKey()
    {
        var ex = Assert.Throws<CredentialsFileException>(() => CredentialsFileParser.Parse("AWSAccessKeyId=AKID\nAWSSecretKey=  \n", Path));

        Assert.That(ex!.Message, Is.EqualTo("creds.txt:2: AWSSecretKey has no value."));
    }

    [Test]
    public void Parse_EmptyKey_FailsNamingFileAndLine()
    {
        var ex = Assert.Throws<CredentialsFileException>(() => CredentialsFileParser.Parse("AWSAccessKeyId=AKID\n=" + TestCredentials.SecretKey + "\n", Path));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Message, Is.EqualTo("creds.txt:2: the line has no key before '='."));
            Assert.That(ex.Message, Does.Not.Contain(TestCredentials.SecretKey));
        });
    }

    [Test]
    public void Parse_DuplicateKey_FailsNamingBothLines()
    {
        var ex = Assert.Throws<CredentialsFileException>(() => CredentialsFileParser.Parse("AWSAccessKeyId=AKID\nAWSSecretKey=ONE\nAWSSecretKey=" + TestCredentials.SecretKey + "\n", Path));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Message, Is.EqualTo("creds.txt:3: AWSSecretKey is given twice (first on line 2)."));
            Assert.That(ex.Message, Does.Not.Contain(TestCredentials.SecretKey));
        });
    }

    [Test]
    public void Parse_ControlCharacterInValue_FailsWithoutEchoingIt()
    {
        var ex = Assert.Throws<CredentialsFileException>(() => CredentialsFileParser.Parse("AWSAccessKeyId=AKID\nAWSSecretKey=abc\u0007def\n", Path));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Message, Is.EqualTo("creds.txt:2: the value of AWSSecretKey contains a control character."));
            Assert.That(ex.Message, Does.Not.Contain("abc"));
        });
    }

    [Test]
    public void Parse_CrlfFileWithError_CountsLinesCorrectly()
    {
        var ex = Assert.Throws<CredentialsFileException>(() => CredentialsFileParser.Parse("\r\n# c\r\nAWSAccessKeyId=AKID\r\nbroken\r\n", Path));

        Assert.That(ex!.Line, Is.EqualTo(4));
    }

    [Test]
    public void Parse_NullText_ThrowsNamingText()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => CredentialsFileParser.Parse(null!, Path));

        Assert.That(ex!.ParamName, Is.EqualTo("text"));
    }

    [Test]
    public void ReadFile_MissingFile_FailsNamingTheFile()
    {
        using var dir = new TempDirectory();
        var path = System.IO.Path.Combine(dir.Path, "nope.txt");

        var ex = Assert.Throws<CredentialsFileException>(() => CredentialsFileParser.ReadFile(path));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Message, Is.EqualTo($"{path}: the credentials file was not found."));
            Assert.That(ex.Line, Is.Null);
        });
    }

    [Test]
    public void ReadFile_Directory_FailsNamingIt()
    {
        using var dir = new TempDirectory();

        var ex = Assert.Throws<CredentialsFileException>(() => CredentialsFileParser.ReadFile(dir.Path));

        Assert.That(ex!.Message, Is.EqualTo($"{dir.Path}: is a directory, not a credentials file."));
    }

    [Test]
    public void ReadFile_Utf8BomAndCrlf_ReadsTheKeys()
    {
        using var dir = new TempDirectory();
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("AWSAccessKeyId = AKID\r\nAWSSecretKey = SECRET\r\n")).ToArray();
        var path = dir.File("creds", bytes);

        var file = CredentialsFileParser.ReadFile(path);

        Assert.That((file.AccessKeyId, file.SecretKey), Is.EqualTo(("AKID", "SECRET")));
    }

    [Test]
    public void ReadFile_Utf16File_ReadsTheKeys()
    {
        using var dir = new TempDirectory();
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("AWSAccessKeyId=AKID\r\nAWSSecretKey=SECRET\r\n")).ToArray();
        var path = dir.File("creds", bytes);

        var file = CredentialsFileParser.ReadFile(path);

        Assert.That((file.AccessKeyId, file.SecretKey), Is.EqualTo(("AKID", "SECRET")));
    }

    [Test]
    public void ReadFile_HugeFile_FailsWithoutReadingIt()
    {
        using var dir = new TempDirectory();
        var path = dir.File("big", new string('#', CredentialsFileParser.MaxFileBytes + 1));

        var ex = Assert.Throws<CredentialsFileException>(() => CredentialsFileParser.ReadFile(path));

        Assert.That(ex!.Message, Is.EqualTo($"{path}: is {CredentialsFileParser.MaxFileBytes + 1} bytes long; a credentials file has at most {CredentialsFileParser.MaxFileBytes}."));
    }
}
