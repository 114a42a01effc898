using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Extraction.Model;

/// <summary>
/// One budget line as printed (program, kegiatan, sub-kegiatan, belanja group or type, or a
/// JUMLAH/TOTAL row), with its place in the table's hierarchy so that totals can be recomputed.
/// </summary>
public sealed record ExtractedBudgetLine(
    string Unit,
    int Year,
    BudgetLevel Level,
    BudgetStage Stage,
    string? Code,
    string Name,
    decimal? Pagu,
    decimal? Realisasi,
    decimal? ReportedPercent,
    SourceRef Source)
{
    public decimal? RealisasiPegawai { get; init; }

    public decimal? RealisasiBarangJasa { get; init; }

    public decimal? RealisasiModal { get; init; }

    public decimal? Sisa { get; init; }

    /// <summary>The line of the row this one is part of, in the same table (a sub-kegiatan's kegiatan); null at the top.</summary>
    public int? ParentLine { get; init; }

    /// <summary>
    /// Lines with the same key were read from the same table (and, in a wide table, the same column):
    /// a JUMLAH/TOTAL line is checked against the top-level lines of its group.
    /// </summary>
    public string? GroupKey { get; init; }

    /// <summary>True for a line copied from an official's own Perjanjian Kinerja (eselon III/IV), whose budget is a share.</summary>
    public bool IsIndividual { get; init; }

    /// <summary>True for amounts stated rounded to millions or billions ("Rp 2,45 milyar"): kept as printed, never checked to the rupiah.</summary>
    public bool IsRounded { get; init; }
}
