using System.Diagnostics;
using Sakip.Analytics.DuckDb;

namespace Sakip.Analytics.Cli.Bench;

internal static class QueryTimer
{
    public static (double P50, double P95) Percentiles(DuckDbConnection connection, string sql, int repeats)
    {
        var timings = new List<double>(repeats);
        for (var i = 0; i < repeats; i++)
        {
            var watch = Stopwatch.StartNew();
            using var command = new DuckDbCommand(sql, connection);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
            }

            timings.Add(watch.Elapsed.TotalMilliseconds);
        }

        timings.Sort();
        return (At(timings, 0.50), At(timings, 0.95));
    }

    private static double At(List<double> sorted, double quantile) =>
        sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(quantile * sorted.Count) - 1)];
}
