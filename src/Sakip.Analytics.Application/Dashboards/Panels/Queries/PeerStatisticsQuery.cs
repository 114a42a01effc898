using Sakip.Analytics.Application.Dashboards.Parameters;

namespace Sakip.Analytics.Application.Dashboards.Panels.Queries;

/// <summary>The spread of a peer group (median, quartiles, range) and where the unit stands in it.</summary>
public sealed class PeerStatisticsQuery : IPanelQuery
{
    public string Name => "peer.stats";

    public string Description => "Sebaran kelompok unit sejenis (median, kuartil, rentang) dan posisi unit di dalamnya.";

    public IReadOnlyList<QueryParameter> Parameters { get; } =
    [
        new("unit", ParameterType.Unit),
        new("measure", ParameterType.Measure),
        new("indicator", ParameterType.Indicator, Required: false),
        new("year", ParameterType.Year),
    ];

    public IReadOnlyList<PanelColumn> Columns { get; } =
    [
        new("label", "Kelompok"),
        new("unit_name", "Unit"),
        new("value", "Nilai unit", ColumnFormat.Number),
        new("rank", "Peringkat", ColumnFormat.Integer),
        new("count", "Jumlah unit", ColumnFormat.Integer),
        new("min", "Minimum", ColumnFormat.Number),
        new("q1", "Kuartil 1", ColumnFormat.Number),
        new("median", "Median", ColumnFormat.Number),
        new("q3", "Kuartil 3", ColumnFormat.Number),
        new("max", "Maksimum", ColumnFormat.Number),
        new("mean", "Rata-rata", ColumnFormat.Number),
    ];

    public PanelTable Run(PanelContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var group = PeerGroup.Of(context);
        var format = group.Measure.Format;
        var table = new PanelTable([.. Columns.Select(c => c.Format == ColumnFormat.Number ? c with { Format = format } : c)]);
        table.Bands.AddRange(MeasureRows.Bands(group.Measure, context.Rules));
        if (group.Statistics is { } stats)
        {
            var row = table.AddRow()
                .Set("label", $"{group.Measure.Label} {group.Year}: {group.KindLabel}")
                .Set("unit_name", context.UnitName(group.Focal))
                .Set("value", group.FocalPoint?.Value, group.FocalPoint?.ValueSource)
                .Set("rank", group.FocalRank)
                .Set("count", stats.Count)
                .Set("min", stats.Min)
                .Set("q1", stats.Q1)
                .Set("median", stats.Median)
                .Set("q3", stats.Q3)
                .Set("max", stats.Max)
                .Set("mean", stats.Mean);
            row.Highlight = true;
        }

        table.Notes.Add(group.Summary(context));
        table.Notes.Add("Kuartil dihitung dengan interpolasi linear antar-nilai berurutan (metode QUARTILE.INC).");
        return table;
    }
}
