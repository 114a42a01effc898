using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Web.Operator;

namespace Sakip.Analytics.Web.Review;

/// <summary>The reports of a tenant under review or loaded, and the upload form.</summary>
public sealed record ReviewListPage(string Tenant, string TenantName, IReadOnlyList<StoredReview> Reviews, IReadOnlyList<string> UploadErrors, long MaxUploadBytes);

/// <summary>
/// One report under review: its profile, every figure grouped by the table it was printed in, the
/// audit findings on the figures as the review leaves them, and what loading would bring.
/// </summary>
public sealed record ReviewPage(
    string Tenant,
    string TenantName,
    StoredReview Review,
    ReportProfile Profile,
    IReadOnlyList<ReviewTable> Tables,
    IReadOnlyList<NoteRow> Findings,
    int OriginalFindings,
    ReviewPreview Preview)
{
    public ReviewState State => Review.State;

    public int Pending => Tables.Count(t => t.Decision is null);

    public int Accepted => Tables.Count(t => t.Decision == TableDecision.Accepted);

    public int Rejected => Tables.Count(t => t.Decision == TableDecision.Rejected);

    public bool IsLoaded => State.Loaded is not null;

    /// <summary>The unit's other spellings, case variants of one spelling together, with where they are printed.</summary>
    public IReadOnlyList<(string Name, IReadOnlyList<int> Lines)> NameVariants =>
        [.. Profile.UnitNameVariants
            .Where(v => !string.Equals(v, Profile.Unit, StringComparison.OrdinalIgnoreCase))
            .GroupBy(v => v, StringComparer.OrdinalIgnoreCase)
            .Select(g => (g.First(), (IReadOnlyList<int>)[.. g.SelectMany(v => Profile.VariantLines.GetValueOrDefault(v) ?? []).Distinct().Order()]))];

    /// <summary>Why "Muat sebagai draf" is not possible now, or null.</summary>
    public string? LoadBlocked =>
        IsLoaded ? "Tinjauan ini sudah dimuat."
        : Pending > 0 ? $"{Pending} tabel belum diputuskan: terima atau tolak setiap tabel (atau Terima semua)."
        : Preview.Problem;

    /// <summary>The figure being corrected (?ubah=...), whose row shows the form.</summary>
    public FigureId? Editing { get; init; }

    public string? Message { get; init; }

    public string? Error { get; init; }
}

/// <summary>The figures of one table caption ("text" for prose) and the Operator's decision on them.</summary>
public sealed record ReviewTable(string Caption, string Anchor, TableDecision? Decision, IReadOnlyList<ReviewRow> Rows)
{
    public bool IsProse => Caption == Extraction.Model.SourceRef.Prose;

    public string Title => IsProse ? "Teks (angka dalam kalimat)" : Caption;

    public int LowConfidence => Rows.Count(r => r.Figure.IsLowConfidence);

    public int Edited => Rows.Count(r => r.Edit is not null);
}

/// <summary>One figure with the Operator's correction, if any, and whether the batch would hold it.</summary>
public sealed record ReviewRow(ReviewFigure Figure, string? Edit, decimal? EditValue, bool Loaded);

/// <summary>What "Muat sebagai draf" would load now (pending tables counted as accepted), or why it cannot.</summary>
public sealed record ReviewPreview(int Indicators, int Budget, int Akip, int Ikm, int Notes, int Unplaced, string? Problem);
