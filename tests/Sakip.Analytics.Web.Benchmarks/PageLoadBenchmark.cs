using System.Globalization;

namespace Sakip.Analytics.Web.Benchmarks;

/// <summary>
/// Page-load benchmark: starts the web app on the demo data and prints p50/p95 of every page, API
/// endpoint and download, uncached (each request rendered from the store) and cached (output cache),
/// next to a static file served by the same process. Figures are printed, not asserted.
/// </summary>
internal static class PageLoadBenchmark
{
    private const double GoalMilliseconds = 300;

    public static async Task Main(string[] args)
    {
        var requests = args.Length > 1 && args[0] == "--requests" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
        using var host = new BenchmarkHost();
        host.StartServer();
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        Console.WriteLine($"Sakip.Analytics page-load benchmark: {requests} sequential requests per endpoint and mode, {host.BaseAddress} (Production, demo data)");
        // The first request of each endpoint, right after start: nothing cached, JIT still warming.
        var first = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (_, path) in Endpoints.All)
        {
            first[path] = (await Latency.MeasureAsync(client, path, 1, bypassCache: true)).Max;
            await Latency.MeasureAsync(client, path, 3, bypassCache: true);
        }

        Console.WriteLine();
        Console.WriteLine("pertama = first request after start (cold); p50/p95/maks = rendered each time (output cache bypassed, facts read cache warm);");
        Console.WriteLine("cache = served by the output cache. Milliseconds, sequential requests over loopback.");
        Console.WriteLine();
        Console.WriteLine($"{"jenis",-10} {"endpoint",-70} {"pertama",8} {"p50 ms",8} {"p95 ms",8} {"maks ms",8} {"p50 cache",10} {"p95 cache",10} {"KB",7}");
        var slowest = 0.0;
        foreach (var (group, path) in Endpoints.All)
        {
            var fresh = await Latency.MeasureAsync(client, path, requests, bypassCache: true);
            var cached = await Latency.MeasureAsync(client, path, requests, bypassCache: false);
            if (group != "referensi")
            {
                slowest = Math.Max(slowest, fresh.P95);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{group,-10} {Shorten(path),-70} {first[path],8:F1} {fresh.P50,8:F1} {fresh.P95,8:F1} {fresh.Max,8:F1} {cached.P50,10:F1} {cached.P95,10:F1} {fresh.Bytes / 1024.0,7:F1}"));
        }

        Console.WriteLine();
        var slowestFirst = first.Where(f => f.Key != Endpoints.Reference).Max(f => f.Value);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Slowest rendered p95: {slowest:F1} ms; slowest first request: {slowestFirst:F1} ms; goal: page loads under {GoalMilliseconds:F0} ms ({(slowest < GoalMilliseconds ? "met" : "NOT met")})."));
    }

    private static string Shorten(string path) => path.Length <= 70 ? path : path[..67] + "...";
}
