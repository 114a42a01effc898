using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Application.Dashboards.ReadModel;

/// <summary>One IKM survey result as loaded: the nine element NRRs (any may be missing), the totals and mutu as printed.</summary>
public sealed record IkmEntry(
    string Unit,
    int Year,
    int? Respondents,
    IReadOnlyDictionary<IkmElement, decimal> ElementNrr,
    decimal? NrrWeightedTotal,
    decimal? Ikm,
    string? Mutu,
    string? SurveyPeriod,
    Provenance Source);
