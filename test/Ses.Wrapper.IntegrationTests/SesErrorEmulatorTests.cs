using System.Net;
using System.Net.Sockets;

namespace Ses.Wrapper.IntegrationTests;

/// <summary>What the emulator refuses, and a dead endpoint, surface as <see cref="SesException"/>.</summary>
[TestFixture]
public sealed class SesErrorEmulatorTests
{
    private EmulatorClients clients = null!;

    [OneTimeSetUp]
    public void CreateClients() => clients = new EmulatorClients(EmulatorFixture.Emulator.Url);

    [OneTimeTearDown]
    public void DisposeClients() => clients.Dispose();

    /// <summary>An empty subject passes our validation (SES allows it) but the emulator answers 400 with a JSON body.</summary>
    [Test]
    public void SendAsync_EmulatorRejectsEmptySubject_ThrowsSesExceptionWithHttpStatus()
    {
        var mail = new SesMail { Source = "sender@example.com", To = ["rcpt@example.com"], Subject = string.Empty, TextBody = "x" };

        var ex = Assert.ThrowsAsync<SesException>(() => clients.Ses.SendAsync(mail));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(ex.Code, Is.EqualTo("Http400"));
            Assert.That(ex.Kind, Is.EqualTo(SesErrorKind.Service));
        });
    }

    [Test]
    public void SendAsync_EmulatorRejectsEmptyBody_ThrowsSesExceptionThatCannotHaveBeenSent()
    {
        var mail = new SesMail { Source = "sender@example.com", To = ["rcpt@example.com"], Subject = "Empty body", TextBody = string.Empty };

        var ex = Assert.ThrowsAsync<SesException>(() => clients.Ses.SendAsync(mail));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(ex.MayHaveBeenSent, Is.False);
        });
    }

    [Test]
    public async Task SendAsync_EmulatorRejectsMail_StoresNothing()
    {
        var before = (await EmulatorFixture.Emulator.GetMailsAsync()).Count(m => m.Subject == "rejected-marker");
        var mail = new SesMail { Source = "sender@example.com", To = ["rcpt@example.com"], Subject = "rejected-marker", TextBody = string.Empty };

        Assert.ThrowsAsync<SesException>(() => clients.Ses.SendAsync(mail));

        var after = (await EmulatorFixture.Emulator.GetMailsAsync()).Count(m => m.Subject == "rejected-marker");
        Assert.That(after, Is.EqualTo(before));
    }

    [Test]
    public void SendAsync_NothingListening_ThrowsSesExceptionOfKindNetwork()
    {
        using var dead = new EmulatorClients(new Uri($"http://127.0.0.1:{ClosedPort()}"));
        var mail = new SesMail { Source = "sender@example.com", To = ["rcpt@example.com"], Subject = "Nowhere", TextBody = "x" };

        var ex = Assert.ThrowsAsync<SesException>(() => dead.Ses.SendAsync(mail));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Kind, Is.EqualTo(SesErrorKind.Network));
            Assert.That(ex.MayHaveBeenSent, Is.True);
        });
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
