using Sakip.Analytics.Application.Dashboards.Rules;

namespace Sakip.Analytics.Application.Dashboards.Panels;

/// <summary>What a panel query returns: the rows the table shows, the chart draws and the downloads hold.</summary>
public sealed class PanelTable(IReadOnlyList<PanelColumn> columns)
{
    public IReadOnlyList<PanelColumn> Columns { get; } = columns;

    public List<PanelRow> Rows { get; } = [];

    /// <summary>Value bands the chart shades (predikat, mutu or capaian scale), when the figures have them.</summary>
    public List<ValueBand> Bands { get; } = [];

    /// <summary>How the figures were derived and what to keep in mind (shown under the table).</summary>
    public List<string> Notes { get; } = [];

    public PanelRow AddRow()
    {
        var row = new PanelRow();
        Rows.Add(row);
        return row;
    }

    public PanelColumn? Column(string key) => Columns.FirstOrDefault(c => c.Key == key);
}
