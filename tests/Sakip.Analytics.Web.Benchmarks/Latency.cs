using System.Diagnostics;
using System.Globalization;

namespace Sakip.Analytics.Web.Benchmarks;

/// <summary>Times N sequential GETs of one path; percentiles by the nearest-rank method.</summary>
internal sealed record Latency(double P50, double P95, double Max, long Bytes)
{
    /// <summary>
    /// <paramref name="bypassCache"/> appends a unique, ignored query parameter (_b=i) so that every
    /// request misses the output cache and is rendered from the store.
    /// </summary>
    public static async Task<Latency> MeasureAsync(HttpClient client, string path, int requests, bool bypassCache)
    {
        var times = new List<double>(requests);
        long bytes = 0;
        for (var i = 0; i < requests; i++)
        {
            var url = bypassCache ? $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}_b={i.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}" : path;
            var started = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative), HttpCompletionOption.ResponseContentRead);
            var body = await response.Content.ReadAsByteArrayAsync();
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"GET {url} returned {(int)response.StatusCode}.");
            }

            bytes = body.Length;
        }

        times.Sort();
        return new Latency(Percentile(times, 0.50), Percentile(times, 0.95), times[^1], bytes);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
