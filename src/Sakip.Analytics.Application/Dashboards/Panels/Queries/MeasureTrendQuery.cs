using Sakip.Analytics.Application.Dashboards.Measures;
using Sakip.Analytics.Application.Dashboards.Parameters;

namespace Sakip.Analytics.Application.Dashboards.Panels.Queries;

/// <summary>One unit's measure year by year against its target, with capaian and the grade bands to shade.</summary>
public sealed class MeasureTrendQuery : IPanelQuery
{
    public string Name => "measure.trend";

    public string Description => "Target dan realisasi satu ukuran satu unit per tahun, dengan capaian dan pita predikat/mutu.";

    public IReadOnlyList<QueryParameter> Parameters { get; } =
    [
        new("unit", ParameterType.Unit),
        new("measure", ParameterType.Measure),
        new("indicator", ParameterType.Indicator, Required: false),
        new("from", ParameterType.Year),
        new("to", ParameterType.Year),
    ];

    public IReadOnlyList<PanelColumn> Columns { get; } =
    [
        new("year", "Tahun", ColumnFormat.Year),
        new("year_label", "Tahun (regulasi AKIP)", Description: "Tahun dengan regulasi penilaian AKIP-nya, untuk sumbu grafik"),
        .. MeasureRows.PointColumns,
        new("change", "Perubahan", ColumnFormat.Points, Description: "Selisih nilai dengan tahun sebelumnya, dalam poin"),
    ];

    public PanelTable Run(PanelContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var measure = context.Parameters.Measure("measure");
        var unit = context.Parameters.Text("unit");
        var request = new MeasureRequest(
            context.Scope, context.Rules, measure, context.Parameters.Year("from"), context.Parameters.Year("to"),
            [unit], context.Parameters.OptionalText("indicator"));
        var points = context.Measures.Points(request);
        var table = new PanelTable(MeasureRows.Labelled(Columns, measure));
        table.Bands.AddRange(MeasureRows.Bands(measure, context.Rules));
        MeasurePoint? previous = null;
        foreach (var point in points)
        {
            var row = table.AddRow()
                .Set("year", point.Year)
                .Set("year_label", point.Regulation is { } regulation ? $"{point.Year}\n{Labels.AkipLabels.Regulation(regulation)}" : $"{point.Year}");
            MeasureRows.Fill(row, point);
            row.Set("change", previous is not null && previous.Year == point.Year - 1 ? point.Value - previous.Value : null);
            previous = point;
        }

        if (points.Count == 0)
        {
            table.Notes.Add($"{context.UnitName(unit)} tidak memiliki data {measure.Label} pada {request.FromYear}-{request.ToYear}.");
        }

        MeasureRows.DescribeMeasure(table, measure, context.Rules, points);
        return table;
    }
}
