using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Application.Dashboards.ReadModel;

/// <summary>One current value of one indicator (target, realization, printed capaian...) with its source.</summary>
public sealed record IndicatorValueEntry(
    string Unit,
    long IndicatorId,
    string Goal,
    string Name,
    string Level,
    string? Satuan,
    Polarity Polarity,
    int Year,
    string Kind,
    decimal? Value,
    string Text,
    string? Grade,
    Provenance Source);
