using System.Text.Json;
using Sakip.Analytics.Application.Dashboards;
using Sakip.Analytics.Application.Dashboards.Definitions;

namespace Sakip.Analytics.Web.Dashboards;

/// <summary>
/// The JSON a chart element carries in its data-chart attribute: the chart definition, the columns it
/// refers to and the rows of the table (so the chart draws exactly what the table shows). No inline script.
/// </summary>
public static class ChartPayload
{
    public static string? For(PanelView panel)
    {
        ArgumentNullException.ThrowIfNull(panel);
        var chart = panel.Definition.Chart;
        if (chart is null || chart.Type == ChartTypes.Table || panel.Table.Rows.Count == 0)
        {
            return null;
        }

        var keys = chart.ColumnReferences().Select(r => r.Column).Distinct().ToList();
        var columns = keys.Select(k => panel.Table.Column(k)!).ToDictionary(
            c => c.Key,
            c => new { label = c.Label, format = c.Format.ToString().ToLowerInvariant(), decimals = c.Decimals });
        var rows = panel.Table.Rows.Select(row =>
        {
            var values = keys.ToDictionary(k => k, k => row[k]);
            values["_highlight"] = row.Highlight;
            return values;
        });
        return JsonSerializer.Serialize(new
        {
            type = chart.Type,
            title = panel.Definition.Title,
            category = chart.Category,
            seriesBy = chart.SeriesBy,
            value = chart.Value,
            values = chart.Values,
            y = chart.Y,
            markers = chart.Markers,
            horizontal = chart.Horizontal,
            stack = chart.Stack,
            scale = chart.Scale,
            min = chart.Min,
            q1 = chart.Q1,
            median = chart.Median,
            q3 = chart.Q3,
            max = chart.Max,
            point = chart.Point,
            height = chart.Height,
            bands = chart.Bands ? panel.Table.Bands.Select(b => new { label = b.Label, from = b.From, to = b.To }) : null,
            columns,
            rows,
        });
    }
}
