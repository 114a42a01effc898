using Sakip.Analytics.Application.Runs;
using Sakip.Analytics.Etl.Jobs;

namespace Sakip.Analytics.Storage.Tests;

public sealed class InboxTests
{
    [Fact]
    public async Task A_ready_folder_dropped_in_the_inbox_is_loaded_by_the_job_and_moved_to_done()
    {
        await using var store = await StoreHost.StartAsync(loadDemo: false, watchInbox: true);
        var inbox = Directory.CreateDirectory(Path.Combine(store.DataDirectory, "inbox")).FullName;
        var batch = TemplateFolders.CopyOfDemo(StoreHost.SungaiSembilan);
        Directory.Move(batch, Path.Combine(inbox, "dumai-2022"));
        await File.WriteAllTextAsync(Path.Combine(inbox, "dumai-2022", InboxScanJob.ReadyMarker), "");

        var run = await WaitForRun(store, r => r.Trigger == "inbox");

        Assert.Equal(EtlRunStatus.Succeeded, run.Status);
        Assert.True(run.RowsIndicators > 0);
        Assert.Single(Directory.EnumerateDirectories(Path.Combine(inbox, "done")));
        Assert.False(Directory.Exists(Path.Combine(inbox, "dumai-2022")));
    }

    [Fact]
    public async Task A_folder_without_the_ready_marker_is_left_alone_and_a_bad_one_moves_to_failed_with_its_errors()
    {
        await using var store = await StoreHost.StartAsync(loadDemo: false, watchInbox: true);
        var inbox = Directory.CreateDirectory(Path.Combine(store.DataDirectory, "inbox")).FullName;
        var unfinished = Path.Combine(inbox, "still-copying");
        Directory.Move(TemplateFolders.CopyOfDemo(StoreHost.SungaiSembilan), unfinished);
        var bad = TemplateFolders.CopyOfDemo(StoreHost.SungaiSembilan);
        TemplateFolders.ReplaceCell(bad, "budget.csv", dataRow: 2, column: "pagu", newValue: "banyak");
        Directory.Move(bad, Path.Combine(inbox, "bad"));
        await File.WriteAllTextAsync(Path.Combine(inbox, "bad", InboxScanJob.ReadyMarker), "");

        var run = await WaitForRun(store, r => r.Trigger == "inbox");

        Assert.Equal(EtlRunStatus.Rejected, run.Status);
        var errorsFile = Assert.Single(Directory.EnumerateFiles(Path.Combine(inbox, "failed"), "*.errors.txt"));
        Assert.Contains("budget.csv, baris 2, kolom pagu", await File.ReadAllTextAsync(errorsFile), StringComparison.Ordinal);
        Assert.True(Directory.Exists(unfinished));
        Assert.Single(store.Get<IEtlRunLog>().Recent(10));
    }

    private static async Task<EtlRun> WaitForRun(StoreHost store, Func<EtlRun, bool> predicate)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var run = store.Get<IEtlRunLog>().Recent(10).FirstOrDefault(r => predicate(r) && r.Status != EtlRunStatus.Running);
            if (run is not null)
            {
                return run;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The inbox job recorded no finished run within 60 s.");
    }
}
