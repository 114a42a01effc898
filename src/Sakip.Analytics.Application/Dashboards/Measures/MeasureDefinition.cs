using Sakip.Analytics.Application.Dashboards.Panels;

namespace Sakip.Analytics.Application.Dashboards.Measures;

/// <summary>Which band set a measure's values fall in.</summary>
public enum MeasureBands { None, Predikat, Mutu, CapaianScale }

/// <summary>
/// A figure that can be compared across units and years: its key (as used in URLs and the API),
/// its label, how it is formatted, and which band set classifies it.
/// </summary>
public sealed record MeasureDefinition(
    string Key,
    string Label,
    string Description,
    ColumnFormat Format,
    MeasureBands Bands,
    bool NeedsIndicator = false)
{
    /// <summary>True when the compared value is a capaian (%), not the realization: the target then keeps the indicator's own unit.</summary>
    public bool ValueIsCapaian => Key is "iku" or MeasureCatalog.IndicatorCapaian;
}
