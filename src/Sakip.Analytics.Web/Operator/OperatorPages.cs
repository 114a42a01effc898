using Sakip.Analytics.Application.Audit;
using Sakip.Analytics.Application.DataNotes;
using Sakip.Analytics.Application.Publishing;
using Sakip.Analytics.Application.Runs;

namespace Sakip.Analytics.Web.Operator;

/// <summary>The Operator's start page: the upload form, the publication table and the latest runs.</summary>
public sealed record OperatorPage(
    string Tenant,
    string TenantName,
    IReadOnlyList<PublicationState> Publications,
    IReadOnlyList<EtlRun> Runs,
    IReadOnlyList<string> UploadErrors,
    long MaxUploadBytes,
    string? Message)
{
    public int PendingDrafts => Publications.Count(p => p.HasUnpublishedDraft);
}

/// <summary>The run history of a tenant's uploads.</summary>
public sealed record RunHistoryPage(string Tenant, string TenantName, IReadOnlyList<EtlRun> Runs);

/// <summary>One upload's run: queued (no run yet), running, or finished with rows, errors and the data notes its batch loaded.</summary>
public sealed record RunPage(string Tenant, string TenantName, EtlRun? Run, string StatusUrl, IReadOnlyList<RunError> Errors)
{
    /// <summary>The batch's data notes that still show (a newer batch of the same key replaces them).</summary>
    public IReadOnlyList<DataNote> Notes { get; init; } = [];

    public string Status => Run?.Status ?? RunStatusLabels.Queued;

    public bool Finished => RunStatusLabels.IsFinished(Status);
}

/// <summary>The tenant's audit log: every import, publish and unpublish with actor and time.</summary>
public sealed record AuditPage(string Tenant, string TenantName, IReadOnlyList<AuditRecord> Entries);
