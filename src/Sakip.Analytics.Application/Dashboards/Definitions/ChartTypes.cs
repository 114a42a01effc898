namespace Sakip.Analytics.Application.Dashboards.Definitions;

/// <summary>The chart types the front end draws, and what each needs.</summary>
public static class ChartTypes
{
    public const string Bar = "bar";
    public const string Line = "line";
    public const string Heatmap = "heatmap";
    public const string Boxplot = "boxplot";
    public const string Table = "table";

    public static IReadOnlyList<string> All { get; } = [Bar, Line, Heatmap, Boxplot, Table];

    /// <summary>What is missing or contradictory in a chart of a known type; empty when it can be drawn.</summary>
    public static IEnumerable<string> Check(ChartDefinition chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        switch (chart.Type)
        {
            case Bar or Line:
                if (chart.Category is null)
                {
                    yield return $"a {chart.Type} chart needs 'category'";
                }

                var byColumns = chart.Values.Count > 0;
                var byValue = chart.Value is not null;
                if (byColumns == byValue)
                {
                    yield return $"a {chart.Type} chart needs either 'values' (one series per column) or 'value' (with optional 'seriesBy'), not both";
                }

                if (chart.SeriesBy is not null && !byValue)
                {
                    yield return "'seriesBy' needs 'value'";
                }

                break;
            case Heatmap:
                if (chart.Y is null || chart.Values.Count == 0)
                {
                    yield return "a heatmap needs 'y' (the row column) and 'values' (its columns)";
                }

                break;
            case Boxplot:
                if (chart.Category is null || chart.Min is null || chart.Q1 is null || chart.Median is null || chart.Q3 is null || chart.Max is null)
                {
                    yield return "a boxplot needs 'category', 'min', 'q1', 'median', 'q3' and 'max'";
                }

                break;
            case Table:
                break;
            default:
                yield return $"unknown chart type '{chart.Type}' (known: {string.Join(", ", All)})";
                break;
        }
    }
}
