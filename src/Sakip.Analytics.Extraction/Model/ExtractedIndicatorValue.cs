using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Extraction.Model;

/// <summary>
/// One printed value of one indicator (a target, a realization, a printed capaian ...), with the
/// indicator it belongs to and where it was printed. Every occurrence is kept, so the same 2022
/// realization read from three tables and one sentence gives four values.
/// </summary>
public sealed record ExtractedIndicatorValue(
    string Unit,
    IndicatorLevel Level,
    string? Goal,
    string Indicator,
    string? Satuan,
    Polarity Polarity,
    int Year,
    IndicatorValueKind Kind,
    decimal? Value,
    string Text,
    string? Grade,
    SourceRef Source)
{
    /// <summary>A category printed next to the value on the same row ("Baik", "Sangat Tinggi").</summary>
    public string? Category { get; init; }

    /// <summary>A capaian "s/d" a year against the Renstra: progress over the period so far, not the realization against the end target.</summary>
    public bool Cumulative { get; init; }
}
