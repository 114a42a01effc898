using Microsoft.Extensions.Options;
using Quartz;
using Sakip.Analytics.Application.Importing;
using Sakip.Analytics.Application.Runs;
using Sakip.Analytics.Storage;

namespace Sakip.Analytics.Etl.Jobs;

/// <summary>
/// Watches the inbox folder: an .xlsx workbook, or a folder of CSVs that contains a file named
/// <c>_ready</c> (written last, so a half-copied folder is never read). Each item is moved to
/// <c>processing/</c>, loaded, then moved to <c>done/</c> or <c>failed/</c> (with <c>errors.txt</c>).
/// </summary>
[DisallowConcurrentExecution]
public sealed class InboxScanJob(BatchRunner runner, IOptions<StoreOptions> store) : IJob
{
    public static readonly JobKey Key = new("inbox-scan", "etl");
    public const string ReadyMarker = "_ready";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var inbox = store.Value.InboxDirectory;
        Directory.CreateDirectory(inbox);
        foreach (var item in ReadyItems(inbox))
        {
            var processing = MoveInto(item, Path.Combine(inbox, "processing"));
            var run = await runner.RunAsync(new ImportRequest(processing, "inbox"), "inbox", cancellationToken);
            var succeeded = run.Status is EtlRunStatus.Succeeded or EtlRunStatus.Unchanged;
            var finalPlace = MoveInto(processing, Path.Combine(inbox, succeeded ? "done" : "failed"));
            if (!succeeded)
            {
                await File.WriteAllTextAsync(finalPlace + ".errors.txt", $"{run.Message}\n{run.Errors}\n", cancellationToken);
            }
        }
    }

    public static IEnumerable<string> ReadyItems(string inbox) =>
        Directory.EnumerateFiles(inbox, "*.xlsx")
            .Concat(Directory.EnumerateDirectories(inbox).Where(d => File.Exists(Path.Combine(d, ReadyMarker))))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string MoveInto(string item, string folder)
    {
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Path.GetFileName(item)}");
        if (Directory.Exists(item))
        {
            Directory.Move(item, target);
        }
        else
        {
            File.Move(item, target);
        }

        return target;
    }
}
