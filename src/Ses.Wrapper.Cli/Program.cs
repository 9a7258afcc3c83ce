using System.Text;
using Ses.Wrapper.Cli;
using Ses.Wrapper.Cli.Hosting;

using var interrupted = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    interrupted.Cancel();
};

var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
using var stdin = new StreamReader(Console.OpenStandardInput(), utf8, detectEncodingFromByteOrderMarks: true);
var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8) { AutoFlush = false };
var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
var environment = new CliEnvironment(
    stdin,
    stdout,
    stderr,
    ConfigureServices: null,
    StdinIsTerminal: !Console.IsInputRedirected,
    StdoutIsTerminal: !Console.IsOutputRedirected,
    StderrIsTerminal: !Console.IsErrorRedirected);
var exitCode = await SesCli.RunAsync(args, environment, helpWidth: null, interrupted.Token).ConfigureAwait(false);
Close(stdout);
Close(stderr);
return exitCode;

// A reader that went away (ses stats | head -1) leaves unflushed output behind: not worth a stack trace.
static void Close(StreamWriter writer)
{
    try
    {
        writer.Dispose();
    }
    catch (IOException)
    {
    }
}
