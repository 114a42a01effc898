using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Application.Dashboards.ReadModel;

/// <summary>
/// The budget rows a unit-year's penyerapan is computed from: <see cref="Basis"/> is the level used
/// (program, kegiatan or a single printed total), with the summed pagu and realisasi and the lines cited.
/// </summary>
public sealed record BudgetBasisEntry(
    string Unit,
    int Year,
    string Basis,
    int LineCount,
    decimal Pagu,
    decimal Realisasi,
    string SourceDocument,
    string? SourceTables,
    int? FirstLine,
    int? LastLine)
{
    public Provenance Source => new(SourceDocument, SourceTables, FirstLine);
}
