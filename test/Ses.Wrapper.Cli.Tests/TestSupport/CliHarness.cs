using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Moq;

namespace Ses.Wrapper.Cli.Tests.TestSupport;

/// <summary>Runs ses in-process with a mocked ISesService and captured streams.</summary>
internal sealed class CliHarness
{
    public Mock<ISesService> Ses { get; } = new(MockBehavior.Strict);

    /// <summary>The options AddSes built, captured when the facade was resolved.</summary>
    public SesOptions? Options { get; private set; }

    /// <summary>Extra registrations, run after the mock's.</summary>
    public Action<IServiceCollection>? Configure { get; set; }

    public Task<CliResult> RunAsync(params string[] args) => RunWithStdinAsync(string.Empty, args);

    public async Task<CliResult> RunWithStdinAsync(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await SesCli.RunAsync(args, input, stdout, stderr, Register, CancellationToken.None);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }

    private void Register(IServiceCollection services)
    {
        services.AddSingleton(provider =>
        {
            Options = provider.GetRequiredService<IOptions<SesOptions>>().Value;
            return Ses.Object;
        });
        Configure?.Invoke(services);
    }
}
