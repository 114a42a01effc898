namespace Sakip.Analytics.Web.Review;

/// <summary>The audit-log actions of the review workflow: every step an Operator takes on a report.</summary>
public static class ReviewAuditActions
{
    public const string Uploaded = "review_uploaded";
    public const string AcceptedAll = "review_accepted_all";
    public const string TableAccepted = "review_table_accepted";
    public const string TableRejected = "review_table_rejected";
    public const string ValueEdited = "review_value_edited";
    public const string Loaded = "review_loaded";

    public static string? Label(string action) => action switch
    {
        Uploaded => "Laporan diunggah untuk ditinjau",
        AcceptedAll => "Tinjauan: semua tabel diterima",
        TableAccepted => "Tinjauan: tabel diterima",
        TableRejected => "Tinjauan: tabel ditolak",
        ValueEdited => "Tinjauan: nilai diperbaiki",
        Loaded => "Tinjauan dimuat sebagai draf",
        _ => null,
    };
}
