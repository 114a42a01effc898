using Sakip.Analytics.Application.Dashboards.Indicators;
using Sakip.Analytics.Application.Dashboards.Parameters;
using Sakip.Analytics.Application.Dashboards.Rules;

namespace Sakip.Analytics.Application.Dashboards.Panels.Queries;

/// <summary>A unit's IKU (sasaran and tujuan indicators) year by year: target, realization, computed and printed capaian.</summary>
public sealed class IndicatorTrendQuery : IPanelQuery
{
    public string Name => "indicator.trend";

    public string Description => "IKU satu unit per tahun: target, realisasi, capaian dihitung dan dilaporkan, kategori.";

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
        var indicators = IndicatorYears.Build(context.Read.IndicatorValues(context.Scope, unit, from, to), context.Rules)
            .Where(i => i.IsIku)
            .ToList();
        var table = new PanelTable(Columns);
        table.Bands.AddRange(GradeBands.Capaian(context.Rules.Scale));
        foreach (var indicator in indicators)
        {
            IndicatorRows.Fill(table.AddRow(), indicator, context.Rules.MethodLabel);
        }

        table.Notes.Add($"Target: target PK bila ada, selain itu target PK Perubahan, selain itu target Renstra. Capaian dihitung: realisasi / target × 100 " +
                        $"(makin rendah makin baik: {context.Rules.MethodLabel}); kategori menurut {context.Rules.ScaleName}.");
        if (indicators.Count == 0)
        {
            table.Notes.Add($"{context.UnitName(unit)} tidak memiliki IKU pada {from}-{to}.");
        }

        return table;
    }
}
