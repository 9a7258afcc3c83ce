namespace Ses.Wrapper.Cli.Hosting;

/// <summary>The exit codes of <c>ses</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Success = 0;

    /// <summary>SES, the network or a timeout failed a call.</summary>
    public const int SesError = 1;

    /// <summary>Bad arguments or input: an unknown option, a bad credentials file, an invalid address.</summary>
    public const int UsageError = 2;

    /// <summary>Interrupted (Ctrl-C), as shells report SIGINT.</summary>
    public const int Cancelled = 130;
}
