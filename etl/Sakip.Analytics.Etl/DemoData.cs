using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sakip.Analytics.Application.Importing;
using Sakip.Analytics.Application.Publishing;
using Sakip.Analytics.Application.Runs;
using Sakip.Analytics.Storage;

namespace Sakip.Analytics.Etl;

/// <summary>On an empty store, loads the demo batches through the same ETL job as any other batch.</summary>
public sealed partial class DemoData(
    IBatchStore store,
    IEtlRunLog runs,
    IPublicationStore publications,
    EtlEngine engine,
    IOptions<StoreOptions> storeOptions,
    IOptions<EtlOptions> etlOptions,
    ILogger<DemoData> logger)
{
    public async Task EnsureLoadedAsync(CancellationToken cancellationToken)
    {
        runs.MarkInterrupted();
        if (!storeOptions.Value.LoadDemoDataWhenEmpty || !store.IsEmpty())
        {
            return;
        }

        var folder = etlOptions.Value.ResolvedDemoDirectory;
        var batches = Directory.Exists(folder)
            ? Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal).ToList()
            : [];
        if (batches.Count == 0)
        {
            throw new InvalidOperationException($"The store is empty and no demo batches were found in {folder}.");
        }

        foreach (var batch in batches)
        {
            var run = await engine.RunAsync(new ImportRequest(batch, "demo"), "demo", cancellationToken);
            if (run.Status is not (EtlRunStatus.Succeeded or EtlRunStatus.Unchanged))
            {
                throw new InvalidOperationException(
                    $"Demo batch {Path.GetFileName(batch)} did not load ({run.Status}): {run.Message}\n{run.Errors}");
            }

            // The demo stands for data an Operator already published, so the public pages show it.
            publications.PublishBatch(run.BatchId!.Value, "demo");
            LogDemoBatch(logger, Path.GetFileName(batch), run.RunId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo batch {Batch} loaded by ETL run {RunId}")]
    private static partial void LogDemoBatch(ILogger logger, string batch, long runId);
}
