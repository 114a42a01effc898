namespace Sakip.Analytics.Application.Dashboards.Definitions;

/// <summary>
/// How a panel's rows are drawn. Which fields a type needs is in <see cref="ChartTypes"/>; every
/// field that names a column must name one of the query's columns.
/// </summary>
public sealed class ChartDefinition
{
    /// <summary>bar, line, heatmap, boxplot or table (no chart).</summary>
    public string Type { get; init; } = "";

    /// <summary>The column along the category axis (bar, line, boxplot).</summary>
    public string? Category { get; init; }

    /// <summary>The column whose distinct values become series; pairs with <see cref="Value"/>.</summary>
    public string? SeriesBy { get; init; }

    public string? Value { get; init; }

    /// <summary>Columns drawn as one series each (bar, line), or the heatmap's columns.</summary>
    public IReadOnlyList<string> Values { get; init; } = [];

    /// <summary>The heatmap's row column.</summary>
    public string? Y { get; init; }

    /// <summary>A column drawn as markers over the bars (e.g. the target).</summary>
    public string? Markers { get; init; }

    public bool Horizontal { get; init; }

    public bool Stack { get; init; }

    /// <summary>Let the value axis start near the data instead of at zero (bars of close values, e.g. AKIP 66-79).</summary>
    public bool Scale { get; init; }

    /// <summary>Shade the value bands (predikat, mutu, capaian scale) the query returns.</summary>
    public bool Bands { get; init; }

    public string? Min { get; init; }

    public string? Q1 { get; init; }

    public string? Median { get; init; }

    public string? Q3 { get; init; }

    public string? Max { get; init; }

    /// <summary>The boxplot's single highlighted value (the focal unit).</summary>
    public string? Point { get; init; }

    /// <summary>Chart height in pixels; 0 lets the page size it from the rows.</summary>
    public int Height { get; init; }

    /// <summary>Every column name the chart refers to, for validation.</summary>
    public IEnumerable<(string Field, string Column)> ColumnReferences()
    {
        foreach (var (field, column) in new[]
                 {
                     ("category", Category), ("seriesBy", SeriesBy), ("value", Value), ("y", Y),
                     ("markers", Markers), ("min", Min), ("q1", Q1), ("median", Median), ("q3", Q3),
                     ("max", Max), ("point", Point),
                 })
        {
            if (column is not null)
            {
                yield return (field, column);
            }
        }

        foreach (var column in Values)
        {
            yield return ("values", column);
        }
    }
}
