using Sakip.Analytics.Application.Runs;
using Sakip.Analytics.Import;

namespace Sakip.Analytics.Application.Importing;

/// <summary>Reads a batch, validates it against the template, the store and the importer's tenant, and loads it.</summary>
public sealed class ImportBatchHandler(IBatchStore store)
{
    /// <summary>Runs one import inside an already started run; throws only on unexpected (possibly transient) failures.</summary>
    public EtlRunResult Import(long runId, ImportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var read = TemplateReader.Read(request.Path, store.IsKnownTenant, store.IsKnownUnit);
        var errors = read.Errors.ToList();
        if (read.Batch is not null && request.OnlyTenant is not null)
        {
            errors.AddRange(TenantRestriction.Violations(read.Batch, request.OnlyTenant));
        }

        if (read.Batch is null || errors.Count > 0)
        {
            var lines = errors.Select(e => e.ToString()).ToList();
            return new EtlRunResult(EtlRunStatus.Rejected, null, 0, 0, 0, 0, lines,
                $"Berkas ditolak: {lines.Count} kesalahan. Data tidak berubah.");
        }

        var outcome = store.Load(read.Batch, runId, request.Actor);
        var rows = outcome.Rows;
        return outcome.AlreadyLoaded
            ? new EtlRunResult(EtlRunStatus.Unchanged, outcome.BatchId, 0, 0, 0, 0, [],
                $"Batch ini sudah dimuat sebelumnya (batch {outcome.BatchId}); tidak ada perubahan.")
            : new EtlRunResult(EtlRunStatus.Succeeded, outcome.BatchId, rows.Indicators, rows.Budget,
                rows.Akip, rows.Ikm, [], $"Batch {outcome.BatchId} dimuat sebagai draf: {rows.Total} baris.");
    }
}
