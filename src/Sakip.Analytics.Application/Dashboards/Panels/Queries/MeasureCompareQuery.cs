using Sakip.Analytics.Application.Dashboards.Labels;
using Sakip.Analytics.Application.Dashboards.Measures;
using Sakip.Analytics.Application.Dashboards.Parameters;

namespace Sakip.Analytics.Application.Dashboards.Panels.Queries;

/// <summary>One measure for chosen units over a year range: one row per unit and year.</summary>
public sealed class MeasureCompareQuery : IPanelQuery
{
    public string Name => "measure.compare";

    public string Description => "Satu ukuran (AKIP, komponen AKIP, IKM, capaian IKU/indikator, penyerapan) untuk unit terpilih per tahun.";

    public IReadOnlyList<QueryParameter> Parameters { get; } =
    [
        new("units", ParameterType.Units, Required: false),
        new("measure", ParameterType.Measure),
        new("indicator", ParameterType.Indicator, Required: false),
        new("from", ParameterType.Year),
        new("to", ParameterType.Year),
    ];

    public IReadOnlyList<PanelColumn> Columns { get; } =
    [
        new("unit", "Kode unit"),
        new("unit_name", "Unit"),
        new("kind", "Jenis"),
        new("year", "Tahun", ColumnFormat.Year),
        .. MeasureRows.PointColumns,
    ];

    public PanelTable Run(PanelContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var measure = context.Parameters.Measure("measure");
        var units = context.Parameters.List("units");
        var request = new MeasureRequest(
            context.Scope, context.Rules, measure, context.Parameters.Year("from"), context.Parameters.Year("to"),
            units.Count == 0 ? null : units, context.Parameters.OptionalText("indicator"));
        var points = context.Measures.Points(request);
        var table = new PanelTable(MeasureRows.Labelled(Columns, measure));
        table.Bands.AddRange(MeasureRows.Bands(measure, context.Rules));
        foreach (var point in points.OrderBy(p => context.UnitName(p.Unit), StringComparer.Ordinal).ThenBy(p => p.Year))
        {
            var row = table.AddRow()
                .Set("unit", point.Unit)
                .Set("unit_name", context.UnitName(point.Unit))
                .Set("kind", context.Unit(point.Unit) is { } u ? UnitKinds.Label(u.Kind) : null)
                .Set("year", point.Year);
            MeasureRows.Fill(row, point);
        }

        if (measure.NeedsIndicator && string.IsNullOrEmpty(request.Indicator))
        {
            table.Notes.Add("Pilih indikator untuk ukuran 'Capaian indikator'.");
        }

        var missing = units.Where(u => points.All(p => p.Unit != u)).Select(context.UnitName).ToList();
        if (missing.Count > 0)
        {
            table.Notes.Add($"Tanpa data {measure.Label} pada {request.FromYear}-{request.ToYear}: {string.Join(", ", missing)}.");
        }

        MeasureRows.DescribeMeasure(table, measure, context.Rules, points);
        return table;
    }
}
