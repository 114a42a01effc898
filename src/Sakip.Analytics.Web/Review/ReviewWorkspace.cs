using Microsoft.Extensions.Options;
using Sakip.Analytics.Application.Audit;
using Sakip.Analytics.Application.Dashboards;
using Sakip.Analytics.Application.Importing;
using Sakip.Analytics.Application.Tenancy;
using Sakip.Analytics.Application.Tenants;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Etl;
using Sakip.Analytics.Extraction.Output;
using Sakip.Analytics.Import;
using Sakip.Analytics.Web.Operator;
using Sakip.Analytics.Web.Security;

namespace Sakip.Analytics.Web.Review;

/// <summary>
/// What the review pages do: take a report and read it, record the Operator's decisions and
/// corrections, and load the reviewed figures as a draft batch through the ETL job. Every step is an
/// entry of the tenant's audit log. Nothing is loaded before every table has a decision.
/// </summary>
public sealed partial class ReviewWorkspace(
    ReviewStore store,
    ReviewExtractions extractions,
    ReviewPageBuilder pages,
    OperatorWorkspace operators,
    UploadStore uploads,
    ITenantAdministration tenants,
    DashboardRunner runner,
    IAuditLog audit,
    EtlEngine etl,
    IOptions<UploadOptions> limits,
    ILogger<ReviewWorkspace> logger)
{
    public const string LoadTrigger = "review";

    /// <summary>The tenant's name; an unknown tenant is a 404.</summary>
    public string TenantName(string tenant) => operators.TenantName(tenant);

    public ReviewListPage List(string tenant, IReadOnlyList<string>? errors = null) =>
        new(tenant, operators.TenantName(tenant), store.List(tenant), errors ?? [], limits.Value.MaxBytes);

    /// <summary>The review page, or null for an unknown review.</summary>
    public ReviewPage? Page(string tenant, string id, FigureId? editing = null, string? message = null, string? error = null)
    {
        var name = operators.TenantName(tenant);
        return store.Find(tenant, id) is { } review
            ? pages.Build(tenant, name, review) with { Editing = editing, Message = message, Error = error }
            : null;
    }

    /// <summary>Checks and keeps the report, reads it with the tenant's units and settings; returns the review id or the reasons it was refused.</summary>
    public async Task<(string? Id, IReadOnlyList<string> Errors)> UploadAsync(string tenant, string actor, IReadOnlyList<UploadedFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var errors = ReportUploadCheck.Errors(files, limits.Value);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var state = new ReviewState { File = files[0].Name, UploadedBy = actor, UploadedAt = DateTime.UtcNow, Settings = Settings(tenant) };
        var review = await store.CreateAsync(tenant, files[0], state, cancellationToken);
        Extraction.Model.ExtractionResult result;
        try
        {
            result = extractions.Of(review);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogUnreadable(logger, exception, review.ReportPath);
            store.Delete(review);
            return (null, [$"{state.File}: laporan tidak dapat dibaca (berkas rusak atau bukan laporan yang dikenali)."]);
        }

        ReviewStore.WriteExtraction(review, ExtractionJson.Serialize(result));
        audit.Append(new AuditEntry(tenant, actor, ReviewAuditActions.Uploaded, Year: result.Document.ReportYear,
            Detail: $"{state.File} (tinjauan {review.Id}): {result.Document.Unit} {result.Document.ReportYear}; {result.Indicators.Count} nilai indikator, " +
                    $"{result.Budget.Count} baris anggaran, {result.Akip.Count} AKIP, {result.Ikm.Count} IKM, {result.Findings.Count} temuan"));
        return (review.Id, []);
    }

    /// <summary>The tenant as the extractor needs to know it: name, province, method and the units with their aliases.</summary>
    private ReviewSettings Settings(string tenant)
    {
        var profile = runner.Tenant(TenantScope.WithDrafts(tenant));
        var summary = tenants.Tenant(tenant);
        var units = tenants.Units(tenant)
            .Select(u => new ReviewUnit(u.Unit, u.Name, Slugs.TryParseSlug<UnitKind>(u.Kind, out var kind) ? kind : UnitKind.Other, u.Aliases))
            .ToList();
        return new ReviewSettings(profile.Name, summary?.Province ?? profile.Province, profile.LowerIsBetterMethod, units);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Report {Path} could not be read")]
    private static partial void LogUnreadable(ILogger logger, Exception exception, string path);
}
