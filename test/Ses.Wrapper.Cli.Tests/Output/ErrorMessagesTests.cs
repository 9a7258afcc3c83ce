using System.Net;
using Microsoft.Extensions.Options;
using Ses.Wrapper.Cli.Output;

namespace Ses.Wrapper.Cli.Tests.Output;

public class ErrorMessagesTests
{
    [Test]
    public void Describe_SesExceptionWithCodeAndRequestId_IsCodeMessageRequestId()
    {
        var ex = new SesException("Daily message quota exceeded.", SesErrorKind.DailyQuotaExceeded, "Throttling", "Sender", "73d0", HttpStatusCode.BadRequest);

        Assert.That(ErrorMessages.Describe(ex), Is.EqualTo("Throttling: Daily message quota exceeded. (RequestId 73d0)"));
    }

    [Test]
    public void Describe_SesExceptionWithoutCode_UsesTheKind()
    {
        var ex = new SesException("SES did not answer in time; a mail may or may not have been sent.", SesErrorKind.Timeout);

        Assert.That(ErrorMessages.Describe(ex), Is.EqualTo("Timeout: SES did not answer in time; a mail may or may not have been sent."));
    }

    [Test]
    public void Describe_SesExceptionWithEmptyRequestId_OmitsIt()
    {
        var ex = new SesException("m", SesErrorKind.Service, "InternalFailure", requestId: string.Empty);

        Assert.That(ErrorMessages.Describe(ex), Is.EqualTo("InternalFailure: m"));
    }

    [TestCase("mail.Source", "-f/--from 'x' is not a valid email address.")]
    [TestCase("mail.Cc[3]", "-c/--cc 'x' is not a valid email address.")]
    [TestCase("mail.Bcc[0]", "-b/--bcc 'x' is not a valid email address.")]
    [TestCase("mail.ReplyTo[0]", "--reply-to 'x' is not a valid email address.")]
    [TestCase("mail.ReturnPath", "--return-path 'x' is not a valid email address.")]
    public void Describe_ArgumentException_NamesTheOption(string field, string expected)
    {
        var ex = new ArgumentException($"{field} 'x' is not a valid email address.", field);

        Assert.That(ErrorMessages.Describe(ex), Is.EqualTo(expected));
    }

    [Test]
    public void Describe_ArgumentExceptionAboutSubject_NamesTheOption()
    {
        var ex = new ArgumentException("mail.Subject contains a line break (CR or LF); a subject must be one line.", "mail.Subject");

        Assert.That(ErrorMessages.Describe(ex), Is.EqualTo("-s/--subject contains a line break (CR or LF); a subject must be one line."));
    }

    [Test]
    public void Describe_ArgumentExceptionAboutTag_NamesTheOption()
    {
        var ex = new ArgumentException("The tag name 'a b' is invalid: use 1 to 256 ASCII letters, digits, '_' or '-'.", "mail.Tags");

        Assert.That(ErrorMessages.Describe(ex), Is.EqualTo("The tag name 'a b' is invalid: use 1 to 256 ASCII letters, digits, '_' or '-'."));
    }

    [Test]
    public void Describe_OptionsValidationException_MapsEverySetting()
    {
        var ex = new OptionsValidationException("", typeof(SesOptions), ["Ses:ServiceUrl 'x' is bad.", "Ses:Region 'y' is bad."]);

        Assert.That(ErrorMessages.Describe(ex), Is.EqualTo(new[] { "--endpoint-url 'x' is bad.", "the region 'y' is bad." }));
    }

    [Test]
    public void MapSettings_Profile_NamesTheOption()
    {
        Assert.That(ErrorMessages.MapSettings("Ses:Profile 'p' was not found."), Is.EqualTo("--profile 'p' was not found."));
    }

    [Test]
    public void Describe_NullSesException_ThrowsNamingException()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => ErrorMessages.Describe((SesException)null!));

        Assert.That(ex!.ParamName, Is.EqualTo("exception"));
    }
}
