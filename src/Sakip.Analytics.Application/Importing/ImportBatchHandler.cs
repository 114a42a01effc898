using Sakip.Analytics.Application.Runs;
using Sakip.Analytics.Import;

namespace Sakip.Analytics.Application.Importing;

/// <summary>Reads a batch, validates it against the template and the store, and loads it.</summary>
public sealed class ImportBatchHandler(IBatchStore store, IEtlRunLog runs)
{
    /// <summary>Runs one import inside an already started run; throws only on unexpected (possibly transient) failures.</summary>
    public EtlRunResult Import(long runId, string path)
    {
        var read = TemplateReader.Read(path, store.IsKnownTenant, store.IsKnownUnit);
        if (read.Batch is null)
        {
            var errors = read.Errors.Select(e => e.ToString()).ToList();
            return new EtlRunResult(EtlRunStatus.Rejected, null, 0, 0, 0, 0, errors,
                $"Berkas ditolak: {errors.Count} kesalahan. Data tidak berubah.");
        }

        var outcome = store.Load(read.Batch, runId);
        var rows = outcome.Rows;
        return outcome.AlreadyLoaded
            ? new EtlRunResult(EtlRunStatus.Unchanged, outcome.BatchId, 0, 0, 0, 0, [],
                $"Batch ini sudah dimuat sebelumnya (batch {outcome.BatchId}); tidak ada perubahan.")
            : new EtlRunResult(EtlRunStatus.Succeeded, outcome.BatchId, rows.Indicators, rows.Budget,
                rows.Akip, rows.Ikm, [], $"Batch {outcome.BatchId} dimuat: {rows.Total} baris.");
    }

    public IEtlRunLog Runs => runs;
}
