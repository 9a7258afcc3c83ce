namespace Ses.Wrapper.Cli.Hosting;

/// <summary>A usage or input error found by the CLI itself; it ends the command with exit code 2.</summary>
/// <param name="message">What is wrong, in the user's terms (option names, file names).</param>
/// <param name="innerException">The failure behind it, if any.</param>
internal sealed class CliUsageException(string message, Exception? innerException = null) : Exception(message, innerException);
