using Sakip.Analytics.Application.Dashboards.Panels;

namespace Sakip.Analytics.Web.Controllers.Api;

/// <summary>
/// A panel result as JSON: column descriptions, rows keyed by column (numbers as numbers, unformatted),
/// each row's figure sources, the value bands and the notes.
/// </summary>
public static class PanelJson
{
    public static object From(PanelTable table, IReadOnlyList<PanelColumn>? columns = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var shown = columns ?? table.Columns;
        return new
        {
            columns = shown.Select(c => new { key = c.Key, label = c.Label, format = c.Format.ToString().ToLowerInvariant(), description = c.Description }),
            rows = table.Rows.Select(row => Row(row, shown)),
            bands = table.Bands.Select(b => new { label = b.Label, from = b.From, to = b.To }),
            notes = table.Notes,
        };
    }

    public static Dictionary<string, object?> Row(PanelRow row, IEnumerable<PanelColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(row);
        var values = columns.ToDictionary(c => c.Key, c => row[c.Key]);
        if (row.Sources.Count > 0)
        {
            values["sources"] = row.Sources.ToDictionary(
                s => s.Key,
                s => new { document = s.Value.Document, table = s.Value.Table, line = s.Value.Line });
        }

        if (row.Highlight)
        {
            values["highlight"] = true;
        }

        return values;
    }
}
