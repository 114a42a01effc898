using System.Diagnostics;
using System.Globalization;
using Sakip.Analytics.DuckDb;
using Sakip.Analytics.Storage;

namespace Sakip.Analytics.Cli.Bench;

/// <summary>
/// Loads N synthetic facts through our appender and, from the same CSV, through DuckDB's own
/// read_csv, then times the core comparison queries. Figures are printed, never asserted: the
/// appender/read_csv ratio is the number to watch, as both run in the same process on the same file.
/// </summary>
internal static class LoadBenchmark
{
    public static void Run(int facts, int repeats, TextWriter output)
    {
        var folder = Directory.CreateTempSubdirectory("sakip-bench-").FullName;
        try
        {
            output.WriteLine($"Data sintetis: {facts:N0} fakta indikator (tenant 'sintetis-*'), folder {folder}");
            var csv = Path.Combine(folder, "synthetic.csv");
            var watch = Stopwatch.StartNew();
            SyntheticFacts.WriteCsv(csv, facts);
            output.WriteLine($"CSV ditulis: {new FileInfo(csv).Length / 1048576.0:N1} MiB dalam {watch.Elapsed.TotalSeconds:N1} s");

            var appenderRate = Measure(folder, "appender", facts, c => AppenderLoad.Load(c, csv));
            var readCsvRate = Measure(folder, "read_csv", facts, c => ReadCsvLoad.Load(c, csv));
            output.WriteLine($"Muat via appender kita : {appenderRate,14:N0} baris/s");
            output.WriteLine($"Muat via read_csv DuckDB: {readCsvRate,14:N0} baris/s");
            output.WriteLine($"Rasio appender/read_csv: {appenderRate / readCsvRate:N3}");

            using (var connection = Open(Path.Combine(folder, "appender.duckdb")))
            {
                foreach (var (name, sql) in ComparisonQueries.All)
                {
                    var (p50, p95) = QueryTimer.Percentiles(connection, sql, repeats);
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Kueri {name,-28} p50 {p50,8:N2} ms  p95 {p95,8:N2} ms  ({repeats} kali)"));
                }

                var duckMemory = new DuckDbCommand("SELECT sum(memory_usage_bytes) FROM duckdb_memory()", connection).ExecuteScalar();
                output.WriteLine($"Memori DuckDB saat ini: {Convert.ToDouble(duckMemory, CultureInfo.InvariantCulture) / 1048576.0:N1} MiB");
            }

            output.WriteLine($"Memori puncak proses (working set): {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N1} MiB");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static double Measure(string folder, string name, int facts, Action<DuckDbConnection> load)
    {
        using var connection = Open(Path.Combine(folder, $"{name}.duckdb"));
        var watch = Stopwatch.StartNew();
        load(connection);
        watch.Stop();
        var loaded = Convert.ToInt64(new DuckDbCommand("SELECT count(*) FROM indicator_values", connection).ExecuteScalar(), CultureInfo.InvariantCulture);
        if (loaded != facts)
        {
            throw new InvalidOperationException($"{name} loaded {loaded} rows, expected {facts}.");
        }

        return facts / watch.Elapsed.TotalSeconds;
    }

    private static DuckDbConnection Open(string path)
    {
        var connection = new DuckDbConnection($"Data Source={path}");
        connection.Open();
        MigrationRunner.Apply(connection);
        return connection;
    }
}
