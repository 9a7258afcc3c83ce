using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Ses.Wrapper;
using Ses.Wrapper.Bench.Bulk;

// Usage: Ses.Wrapper.Bench.Bulk [mails=1000] [maxSendRate=50] [latencyMs=100]
// Runs the stub SES endpoint in a child process (so that its allocations are not counted), sends the mails through
// ISesService.SendManyAsync and prints achieved rate, peak concurrency, allocations per mail and throttles.
if (args.Length > 0 && args[0] == "--server")
{
    var server = new StubSesServer(int.Parse(args[1], CultureInfo.InvariantCulture), double.Parse(args[2], CultureInfo.InvariantCulture), TimeSpan.FromMilliseconds(int.Parse(args[3], CultureInfo.InvariantCulture)));
    using var stop = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
    _ = Task.Run(() => { Console.In.ReadLine(); stop.Cancel(); });
    await server.RunAsync(stop.Token);
    return 0;
}

var mails = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
var rate = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 50;
var latency = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100;

var port = FreePort();
var serverArgs = new List<string> { "--server", port.ToString(CultureInfo.InvariantCulture), rate.ToString(CultureInfo.InvariantCulture), latency.ToString(CultureInfo.InvariantCulture) };
if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
{
    serverArgs.Insert(0, typeof(StubSesServer).Assembly.Location);
}

using var serverProcess = Process.Start(new ProcessStartInfo(Environment.ProcessPath!, serverArgs) { RedirectStandardInput = true, UseShellExecute = false })!;
return await RunBenchAsync(serverProcess);

async Task<int> RunBenchAsync(Process server)
{
    try
    {
        await WaitForPortAsync(port);
        var services = new ServiceCollection()
            .AddSes(o =>
            {
                o.ServiceUrl = $"http://127.0.0.1:{port}";
                o.Region = "us-east-1";
                o.AccessKeyId = "BENCHKEYID";
                o.SecretAccessKey = "bench-secret";
                o.DefaultSource = "bench@example.com";
                o.Timeout = TimeSpan.FromSeconds(30);
            }).Services.BuildServiceProvider();
        var ses = services.GetRequiredService<ISesService>();
        var input = Enumerable.Range(0, mails).Select(i => new SesMail { To = [$"user{i}@example.com"], Subject = "Bench", TextBody = "Hello from the bulk benchmark." });

        // Warm up the client (JIT, connection) with one quota read, then measure.
        await ses.GetSendQuotaAsync();
        var sent = 0;
        var failed = 0;
        var throttlesSeenByClient = 0;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var progress = new SyncProgress(p => throttlesSeenByClient = p.Throttles);
        await foreach (var outcome in ses.SendManyAsync(input, progress))
        {
            if (outcome.Status == SendOutcomeStatus.Sent)
            {
                sent++;
            }
            else
            {
                failed++;
            }
        }

        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var target = rate * 0.9;
        var achieved = sent / clock.Elapsed.TotalSeconds;
        var (serverSent, serverThrottles, peak) = await ServerStatsAsync(port);
        Console.WriteLine($"mails: {mails}, account MaxSendRate: {rate}/s, target (10% margin): {target:0.0}/s, endpoint latency: {latency} ms");
        Console.WriteLine($"outcomes: {sent} sent, {failed} failed/not sent ({sent + failed} of {mails} accounted for)");
        Console.WriteLine($"elapsed: {clock.Elapsed.TotalSeconds:0.00} s; achieved: {achieved:0.0} recipients/s = {achieved / target:P1} of target, {achieved / rate:P1} of MaxSendRate");
        Console.WriteLine($"peak concurrency at the endpoint: {peak}");
        Console.WriteLine($"throttling answers: {serverThrottles} (endpoint), {throttlesSeenByClient} (client)");
        Console.WriteLine($"allocations: {allocated / (double)mails / 1024:0.0} KiB per mail");
        return sent + failed == mails && serverSent == sent ? 0 : 1;
    }
    finally
    {
        await server.StandardInput.WriteLineAsync();
        if (!server.WaitForExit(5000))
        {
            server.Kill();
        }
    }
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}

static async Task WaitForPortAsync(int port)
{
    for (var i = 0; i < 100; i++)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port);
            return;
        }
        catch (SocketException)
        {
            await Task.Delay(100);
        }
    }

    throw new InvalidOperationException("The stub SES endpoint did not start.");
}

static async Task<(int Sent, int Throttles, int Peak)> ServerStatsAsync(int port)
{
    using var http = new HttpClient();
    var response = await http.PostAsync($"http://127.0.0.1:{port}/", new FormUrlEncodedContent([new("Action", "Stats")]));
    var parts = (await response.Content.ReadAsStringAsync()).Split(' ');
    return (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture));
}

/// <summary>Reports progress synchronously.</summary>
internal sealed class SyncProgress(Action<BulkSendProgress> report) : IProgress<BulkSendProgress>
{
    public void Report(BulkSendProgress value) => report(value);
}
