using Sakip.Analytics.Application.Dashboards.Indicators;
using Sakip.Analytics.Application.Dashboards.Parameters;

namespace Sakip.Analytics.Application.Dashboards.Panels.Queries;

/// <summary>Every indicator of a unit in one year, at every level (sasaran, program, kegiatan, PK individu).</summary>
public sealed class IndicatorListQuery : IPanelQuery
{
    public string Name => "indicator.list";

    public string Description => "Semua indikator satu unit pada satu tahun, di setiap tingkat, dengan sumber tiap angka.";

    public IReadOnlyList<QueryParameter> Parameters { get; } =
    [
        new("unit", ParameterType.Unit),
        new("year", ParameterType.Year),
    ];

    public IReadOnlyList<PanelColumn> Columns => IndicatorRows.Columns;

    public PanelTable Run(PanelContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var unit = context.Parameters.Text("unit");
        var year = context.Parameters.Year("year");
        var table = new PanelTable(Columns);
        foreach (var indicator in IndicatorYears.Build(context.Read.IndicatorValues(context.Scope, unit, year, year), context.Rules))
        {
            IndicatorRows.Fill(table.AddRow(), indicator, context.Rules.MethodLabel);
        }

        table.Notes.Add($"{table.Rows.Count} indikator {context.UnitName(unit)} tahun {year}. Arahkan kursor atau klik tanda (i) di sebelah angka untuk melihat dokumen, tabel dan baris sumbernya.");
        return table;
    }
}
