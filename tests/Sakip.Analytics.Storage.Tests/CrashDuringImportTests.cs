using System.Diagnostics;
using Dapper;

namespace Sakip.Analytics.Storage.Tests;

/// <summary>Kills the real command-line process between appending a batch's facts and committing them.</summary>
public sealed class CrashDuringImportTests
{
    [Fact]
    public async Task Killing_the_process_mid_import_leaves_the_batch_absent_and_a_rerun_loads_it_once()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("sakip-crash-").FullName;
        var signal = Path.Combine(dataDirectory, "paused.signal");
        var batch = StoreHost.DemoBatch(StoreHost.SeiBalai);

        using (var doomed = StartCli(dataDirectory, ["import", batch], pauseSignal: signal))
        {
            await WaitForFile(signal, doomed, TimeSpan.FromMinutes(2));
            doomed.Kill(entireProcessTree: true);
            await doomed.WaitForExitAsync();
        }

        await using (var store = await StoreHost.StartAsync(loadDemo: false, dataDirectory))
        {
            using var connection = store.Warehouse.Open();
            Assert.Equal(0, connection.ExecuteScalar<long>("SELECT count(*) FROM batches"));
            Assert.Equal(0, connection.ExecuteScalar<long>("SELECT count(*) FROM akip_evaluations"));
            Assert.Equal("interrupted", connection.ExecuteScalar<string>("SELECT status FROM etl_runs ORDER BY run_id DESC LIMIT 1"));
        }

        using (var rerun = StartCli(dataDirectory, ["import", batch], pauseSignal: null))
        {
            await rerun.WaitForExitAsync();
            Assert.Equal(0, rerun.ExitCode);
        }

        using (var again = StartCli(dataDirectory, ["import", batch], pauseSignal: null))
        {
            await again.WaitForExitAsync();
            Assert.Equal(0, again.ExitCode);
        }

        await using (var store = await StoreHost.StartAsync(loadDemo: false, dataDirectory))
        {
            using var connection = store.Warehouse.Open();
            Assert.Equal(1, connection.ExecuteScalar<long>("SELECT count(*) FROM batches"));
            Assert.Equal(
                connection.ExecuteScalar<long>("SELECT count(DISTINCT (tenant, unit, year, kind)) FROM akip_evaluations"),
                connection.ExecuteScalar<long>("SELECT count(*) FROM akip_evaluations"));
        }
    }

    private static Process StartCli(string dataDirectory, string[] arguments, string? pauseSignal)
    {
        var process = CliProcess.Start(dataDirectory, arguments, loadDemo: false, pauseSignal);
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitForFile(string path, Process process, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!File.Exists(path))
        {
            Assert.False(process.HasExited, $"The import exited (code {(process.HasExited ? process.ExitCode : 0)}) before reaching the commit.");
            Assert.True(DateTime.UtcNow < deadline, "The import never reached the commit.");
            await Task.Delay(100);
        }
    }
}
