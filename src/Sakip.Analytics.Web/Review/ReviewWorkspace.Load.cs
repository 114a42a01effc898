using Sakip.Analytics.Application.Audit;
using Sakip.Analytics.Application.Importing;
using Sakip.Analytics.Import;

namespace Sakip.Analytics.Web.Review;

public sealed partial class ReviewWorkspace
{
    /// <summary>
    /// "Muat sebagai draf": the accepted tables with their corrections, audited again, become a
    /// template batch (facts and data notes) written into the uploads area and loaded by the ETL job
    /// for this tenant only. Returns the upload id (its page follows the run) or why it cannot load.
    /// </summary>
    public async Task<(string? UploadId, string? Problem)> LoadAsync(string tenant, string id, string actor, CancellationToken cancellationToken)
    {
        var review = Require(tenant, id);
        var page = pages.Build(tenant, operators.TenantName(tenant), review);
        if (page.LoadBlocked is { } blocked)
        {
            return (null, blocked);
        }

        var state = review.State;
        var reviewed = ReviewedExtraction.Apply(extractions.Of(review), state, c => state.DecisionOf(c) == TableDecision.Accepted, state.Settings.Options());
        var built = ReviewBatch.Build(reviewed, tenant, state.Settings);
        if (built.Batch is not { } batch)
        {
            return (null, built.Problem);
        }

        var upload = uploads.CreateFolder(tenant);
        var summary = $"{batch.Indicators.Count} nilai indikator, {batch.Budget.Count} baris anggaran, {batch.Akip.Count} AKIP, {batch.Ikm.Count} IKM, " +
                      $"{batch.Notes.Count} catatan data; {page.Accepted} tabel diterima, {page.Rejected} ditolak, {state.Edits.Count} nilai diperbaiki";
        var claimed = false;
        store.Update(review, s =>
        {
            // Two clicks on "Muat" load once.
            claimed = s.Loaded is null;
            return claimed ? s with { Loaded = new ReviewLoad(upload.Id, actor, DateTime.UtcNow, summary) } : s;
        });
        if (!claimed)
        {
            Directory.Delete(upload.Folder);
            return (null, AlreadyLoaded);
        }

        TemplateWriter.Write(batch, upload.Folder);
        await etl.QueueAsync(new ImportRequest(upload.BatchPath, actor, OnlyTenant: tenant), LoadTrigger, cancellationToken);
        audit.Append(new AuditEntry(tenant, actor, ReviewAuditActions.Loaded, Year: reviewed.Document.ReportYear,
            Detail: $"{state.File} (tinjauan {id}) → unggahan {upload.Id}: {summary}"));
        return (upload.Id, null);
    }
}
