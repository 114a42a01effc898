using Sakip.Analytics.Application.Dashboards.Indicators;
using Sakip.Analytics.Application.Dashboards.Parameters;

namespace Sakip.Analytics.Application.Dashboards.Panels.Queries;

/// <summary>Every indicator of a unit (every level) over a year range: the API's indicators endpoint.</summary>
public sealed class IndicatorAllQuery : IPanelQuery
{
    public string Name => "indicator.all";

    public string Description => "Semua indikator satu unit (setiap tingkat) per tahun dalam rentang: target, realisasi, capaian.";

    public IReadOnlyList<QueryParameter> Parameters { get; } =
    [
        new("unit", ParameterType.Unit),
        new("from", ParameterType.Year),
        new("to", ParameterType.Year),
    ];

    public IReadOnlyList<PanelColumn> Columns => IndicatorRows.Columns;

    public PanelTable Run(PanelContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var unit = context.Parameters.Text("unit");
        var (from, to) = (context.Parameters.Year("from"), context.Parameters.Year("to"));
        var table = new PanelTable(Columns);
        foreach (var indicator in IndicatorYears.Build(context.Read.IndicatorValues(context.Scope, unit, from, to), context.Rules))
        {
            IndicatorRows.Fill(table.AddRow(), indicator, context.Rules.MethodLabel);
        }

        table.Notes.Add($"Capaian dihitung: realisasi / target × 100 (makin rendah makin baik: {context.Rules.MethodLabel}); target: PK, lalu PK Perubahan, lalu Renstra.");
        return table;
    }
}
