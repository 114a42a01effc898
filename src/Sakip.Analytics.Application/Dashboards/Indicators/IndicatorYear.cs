using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Application.Dashboards.Indicators;

/// <summary>
/// One indicator in one year: the target chosen by <see cref="Rules.TargetChoice"/>, the realization,
/// the capaian computed with the tenant's rules, and the capaian the report printed (kept, never replaced).
/// </summary>
public sealed record IndicatorYear(
    string Unit,
    long IndicatorId,
    string Goal,
    string Name,
    string Level,
    string? Satuan,
    Polarity Polarity,
    int Year,
    decimal? Target,
    string? TargetKind,
    string? TargetText,
    Provenance? TargetSource,
    decimal? RenstraTarget,
    Provenance? RenstraTargetSource,
    decimal? Realization,
    string? RealizationText,
    string? RealizationGrade,
    Provenance? RealizationSource,
    decimal? Capaian,
    string? Category,
    decimal? ReportedCapaian,
    string? ReportedCapaianText,
    Provenance? ReportedCapaianSource)
{
    public bool IsIku => Level is "sasaran" or "tujuan";

    /// <summary>True when the printed capaian differs from the computed one at the printed precision.</summary>
    public bool ReportedDiffers =>
        Capaian is { } computed && ReportedCapaian is { } printed &&
        !Sakip.Analytics.Domain.Rules.PrintedRounding.MatchesPrinted(computed, printed);
}
