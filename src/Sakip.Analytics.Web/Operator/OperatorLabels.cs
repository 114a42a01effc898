using Sakip.Analytics.Application.Audit;
using Sakip.Analytics.Application.Runs;

namespace Sakip.Analytics.Web.Operator;

/// <summary>Run statuses in Bahasa Indonesia, and which ones are final.</summary>
public static class RunStatusLabels
{
    public const string Queued = "queued";

    public static bool IsFinished(string status) => status is not (Queued or EtlRunStatus.Running);

    public static string Label(string status) => status switch
    {
        Queued => "Dalam antrean",
        EtlRunStatus.Running => "Berjalan",
        EtlRunStatus.Succeeded => "Berhasil",
        EtlRunStatus.Unchanged => "Tidak berubah",
        EtlRunStatus.Rejected => "Ditolak",
        EtlRunStatus.Failed => "Gagal",
        EtlRunStatus.Interrupted => "Terputus",
        _ => status,
    };

    public static string Badge(string status) => status switch
    {
        EtlRunStatus.Succeeded => "text-bg-success",
        EtlRunStatus.Unchanged => "text-bg-secondary",
        EtlRunStatus.Rejected or EtlRunStatus.Failed or EtlRunStatus.Interrupted => "text-bg-danger",
        _ => "text-bg-info",
    };
}

/// <summary>Audit actions in Bahasa Indonesia.</summary>
public static class AuditLabels
{
    public static string Action(string action) => action switch
    {
        AuditActions.Import => "Impor (draf)",
        AuditActions.Publish => "Terbitkan",
        AuditActions.Unpublish => "Tarik terbitan",
        AuditActions.TenantCreated => "Pemda dibuat",
        AuditActions.UnitCreated => "Unit dibuat",
        AuditActions.UserCreated => "Akun dibuat",
        AuditActions.RoleGranted => "Peran diberikan",
        _ => Review.ReviewAuditActions.Label(action) ?? action,
    };
}
