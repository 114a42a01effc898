using Sakip.Analytics.Application.Dashboards.Parameters;

namespace Sakip.Analytics.Application.Dashboards.Panels.Queries;

/// <summary>A unit's peer group (the units of its kind) ranked on one measure in one year, the unit highlighted.</summary>
public sealed class PeerRankingQuery : IPanelQuery
{
    public string Name => "peer.ranking";

    public string Description => "Peringkat unit di antara unit sejenis (mis. kecamatan) untuk satu ukuran dan tahun.";

    public IReadOnlyList<QueryParameter> Parameters { get; } =
    [
        new("unit", ParameterType.Unit),
        new("measure", ParameterType.Measure),
        new("indicator", ParameterType.Indicator, Required: false),
        new("year", ParameterType.Year),
    ];

    public IReadOnlyList<PanelColumn> Columns { get; } =
    [
        new("rank", "Peringkat", ColumnFormat.Integer),
        new("unit", "Kode unit"),
        new("unit_name", "Unit"),
        new("value", "Nilai", ColumnFormat.Number),
        new("diff_median", "Selisih thd. median", ColumnFormat.Points),
        new("grade", "Predikat/mutu"),
        new("catatan", "Catatan"),
    ];

    public PanelTable Run(PanelContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var group = PeerGroup.Of(context);
        var table = new PanelTable(MeasureRows.Labelled(Columns, group.Measure));
        table.Bands.AddRange(MeasureRows.Bands(group.Measure, context.Rules));
        var values = group.Points.Select(p => p.Value).ToList();
        var median = group.Statistics?.Median;
        foreach (var point in group.Points.OrderByDescending(p => p.Value).ThenBy(p => context.UnitName(p.Unit), StringComparer.Ordinal))
        {
            var row = table.AddRow()
                .Set("rank", Rules.PeerStatistics.Rank(values, point.Value))
                .Set("unit", point.Unit)
                .Set("unit_name", context.UnitName(point.Unit))
                .Set("value", point.Value, point.ValueSource)
                .Set("diff_median", median is { } m ? point.Value - m : null)
                .Set("grade", point.Grade ?? point.GradeComputed)
                .Set("catatan", MeasureRows.Notes(point));
            row.Highlight = point.Unit == group.Focal;
        }

        table.Notes.Add(group.Summary(context));
        table.Notes.Add("Peringkat: 1 = nilai tertinggi; nilai sama mendapat peringkat sama.");
        MeasureRows.DescribeMeasure(table, group.Measure, context.Rules, group.Points);
        return table;
    }
}
