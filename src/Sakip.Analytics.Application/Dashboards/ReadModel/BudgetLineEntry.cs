using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Application.Dashboards.ReadModel;

/// <summary>One current budget line as loaded (stage murni, perubahan or realisasi_report).</summary>
public sealed record BudgetLineEntry(
    string Unit,
    int Year,
    string Stage,
    string Level,
    string? Code,
    string Name,
    decimal? Pagu,
    decimal? Realisasi,
    decimal? ReportedPercent,
    Provenance Source);
