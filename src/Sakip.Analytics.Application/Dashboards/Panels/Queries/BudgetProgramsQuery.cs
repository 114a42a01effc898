using Sakip.Analytics.Application.Dashboards.Labels;
using Sakip.Analytics.Application.Dashboards.Measures;
using Sakip.Analytics.Application.Dashboards.Parameters;
using Sakip.Analytics.Domain.Rules;

namespace Sakip.Analytics.Application.Dashboards.Panels.Queries;

/// <summary>
/// A unit's budget realisation by program (or kegiatan, when the report has no program rows): the
/// rows its penyerapan is computed from, each with its computed and printed percentage.
/// </summary>
public sealed class BudgetProgramsQuery : IPanelQuery
{
    public string Name => "budget.programs";

    public string Description => "Pagu dan realisasi per program (baris dasar penyerapan), penyerapan dihitung dan tercetak.";

    public IReadOnlyList<QueryParameter> Parameters { get; } =
    [
        new("unit", ParameterType.Unit),
        new("year", ParameterType.Year),
    ];

    public IReadOnlyList<PanelColumn> Columns { get; } =
    [
        new("level", "Tingkat"),
        new("code", "Kode rekening"),
        new("name", "Program/kegiatan"),
        new("pagu", "Pagu", ColumnFormat.Money),
        new("realisasi", "Realisasi", ColumnFormat.Money),
        new("penyerapan", "Penyerapan (dihitung)", ColumnFormat.Percent),
        new("reported_pct", "Penyerapan (tercetak)", ColumnFormat.Percent),
        new("catatan", "Catatan"),
    ];

    public PanelTable Run(PanelContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var unit = context.Parameters.Text("unit");
        var year = context.Parameters.Year("year");
        var table = new PanelTable(Columns);
        var basis = context.Read.BudgetAbsorption(context.Scope, unit, year).FirstOrDefault();
        if (basis is null || basis.Basis == "total")
        {
            table.Notes.Add(basis is null
                ? $"Tidak ada laporan realisasi anggaran per program untuk {context.UnitName(unit)} tahun {year}."
                : MeasureSeries.BasisNote(basis));
            return table;
        }

        var lines = context.Read.BudgetLines(context.Scope, "realisasi_report", unit, year).Where(l => l.Level == basis.Basis);
        foreach (var line in lines)
        {
            var computed = line.Pagu is { } pagu && line.Realisasi is { } realisasi ? BudgetEfficiency.Penyerapan(pagu, realisasi) : null;
            var differs = computed is { } c && Rules.AsPrinted.Value(line.ReportedPercent) is { } printed && !PrintedRounding.MatchesPrinted(c, printed);
            table.AddRow()
                .Set("level", ValueKinds.Level(line.Level))
                .Set("code", line.Code)
                .Set("name", line.Name)
                .Set("pagu", line.Pagu, line.Source)
                .Set("realisasi", line.Realisasi, line.Source)
                .Set("penyerapan", computed)
                .Set("reported_pct", line.ReportedPercent, line.ReportedPercent is null ? null : line.Source)
                .Set("catatan", differs ? $"tercetak {IdFormat.Percent(line.ReportedPercent!.Value)}, dihitung {IdFormat.Percent(computed!.Value)}" : null);
        }

        table.Notes.Add(MeasureSeries.BasisNote(basis) + $" = {IdFormat.Percent(BudgetEfficiency.Penyerapan(basis.Pagu, basis.Realisasi) ?? 0)}.");
        return table;
    }
}
