using Microsoft.Extensions.Options;
using Sakip.Analytics.Application.Audit;
using Sakip.Analytics.Application.Dashboards;
using Sakip.Analytics.Application.Dashboards.Parameters;
using Sakip.Analytics.Application.DataNotes;
using Sakip.Analytics.Application.Importing;
using Sakip.Analytics.Application.Publishing;
using Sakip.Analytics.Application.Runs;
using Sakip.Analytics.Application.Tenancy;
using Sakip.Analytics.Etl;
using Sakip.Analytics.Web.Caching;
using Sakip.Analytics.Web.Security;

namespace Sakip.Analytics.Web.Operator;

/// <summary>What the Operator pages do: build their view models, take uploads, publish and unpublish.</summary>
public sealed class OperatorWorkspace(
    DashboardRunner runner,
    IPublicationStore publications,
    IEtlRunLog runs,
    IAuditLog audit,
    IDataNotes notes,
    EtlEngine etl,
    UploadStore uploads,
    PublicCacheInvalidation cache,
    IOptions<UploadOptions> limits)
{
    public const string UploadTrigger = "upload";
    private static readonly string[] Datasets = ["indicators", "budget", "akip", "ikm"];

    public UploadOptions Limits => limits.Value;

    public OperatorPage Page(string tenant, IReadOnlyList<string>? uploadErrors = null, string? message = null) =>
        new(tenant, TenantName(tenant), publications.States(tenant), runs.RecentForTenant(tenant, 10), uploadErrors ?? [], limits.Value.MaxBytes, message);

    public RunHistoryPage History(string tenant) => new(tenant, TenantName(tenant), runs.RecentForTenant(tenant, 200));

    public AuditPage Audit(string tenant) => new(tenant, TenantName(tenant), audit.ForTenant(tenant, 500));

    /// <summary>The run of one of the tenant's uploads; null for a run of another tenant or of a platform import.</summary>
    public RunPage? Run(string tenant, long runId)
    {
        var run = runs.Find(runId);
        return run is null || run.Tenant != tenant
            ? null
            : new RunPage(tenant, TenantName(tenant), run, $"/{tenant}/operator/run/{runId}/status", RunError.Parse(run.Errors))
            {
                Notes = run.BatchId is { } batch ? [.. notes.ForTenant(TenantScope.WithDrafts(tenant)).Where(n => n.BatchId == batch)] : [],
            };
    }

    /// <summary>The run an upload started, once the job has picked it up; null while it waits in the queue.</summary>
    public EtlRun? RunOfUpload(string tenant, string uploadId)
    {
        var folder = uploads.Folder(tenant, uploadId);
        return runs.RecentForTenant(tenant, 100).FirstOrDefault(r =>
            r.SourcePath == folder || r.SourcePath.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal));
    }

    public bool UploadExists(string tenant, string uploadId) =>
        UploadStore.IsUploadId(uploadId) && Directory.Exists(uploads.Folder(tenant, uploadId));

    public RunPage Queued(string tenant, string uploadId) =>
        new(tenant, TenantName(tenant), null, $"/{tenant}/operator/unggahan/{uploadId}/status", []);

    /// <summary>Checks and saves the files and queues the load, restricted to <paramref name="tenant"/>.</summary>
    public async Task<(SavedUpload? Upload, IReadOnlyList<string> Errors)> UploadAsync(string tenant, string actor, IReadOnlyList<UploadedFile> files, CancellationToken cancellationToken)
    {
        var errors = UploadCheck.Errors(files, limits.Value);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var saved = await uploads.SaveAsync(tenant, files, cancellationToken);
        await etl.QueueAsync(new ImportRequest(saved.BatchPath, actor, OnlyTenant: tenant), UploadTrigger, cancellationToken);
        return (saved, []);
    }

    /// <summary>Publishes or unpublishes (year, dataset); the public cache is emptied so the change shows at once.</summary>
    public async Task<bool> SetPublishedAsync(string tenant, int year, string dataset, bool publish, string actor, CancellationToken cancellationToken)
    {
        if (!Datasets.Contains(dataset, StringComparer.Ordinal) || year is < 2000 or > 2100)
        {
            throw DashboardRequestException.BadRequest("Pilihan tidak valid", "Tahun atau jenis data tidak dikenal.", "dataset");
        }

        var changed = publish
            ? publications.Publish(tenant, year, dataset, actor)
            : publications.Unpublish(tenant, year, dataset, actor);
        await cache.PublicationChangedAsync(cancellationToken);
        return changed;
    }

    /// <summary>
    /// The tenant's name; an unknown tenant is a 404 (platform admins may type any slug). These pages
    /// are for members only, so the tenant is read with its drafts: a tenant may have nothing published yet.
    /// </summary>
    public string TenantName(string tenant) => runner.Tenant(TenantScope.WithDrafts(tenant)).Name;
}
