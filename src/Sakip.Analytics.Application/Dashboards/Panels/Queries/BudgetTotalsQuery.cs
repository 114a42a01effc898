using Sakip.Analytics.Application.Dashboards.Labels;
using Sakip.Analytics.Application.Dashboards.Parameters;
using Sakip.Analytics.Domain.Rules;

namespace Sakip.Analytics.Application.Dashboards.Panels.Queries;

/// <summary>
/// The computed penyerapan next to every total the report printed (TOTAL, JUMLAH, belanja groups),
/// each marked as agreeing or not: the printed totals are compared, never summed.
/// </summary>
public sealed class BudgetTotalsQuery : IPanelQuery
{
    public string Name => "budget.totals";

    public string Description => "Penyerapan yang dihitung dibandingkan dengan setiap baris jumlah/total yang tercetak.";

    public IReadOnlyList<QueryParameter> Parameters { get; } =
    [
        new("unit", ParameterType.Unit),
        new("year", ParameterType.Year),
    ];

    public IReadOnlyList<PanelColumn> Columns { get; } =
    [
        new("label", "Baris"),
        new("level", "Tingkat"),
        new("pagu", "Pagu", ColumnFormat.Money),
        new("realisasi", "Realisasi", ColumnFormat.Money),
        new("penyerapan", "Penyerapan (dihitung)", ColumnFormat.Percent),
        new("reported_pct", "Penyerapan (tercetak)", ColumnFormat.Percent),
        new("status", "Dibanding dasar perhitungan"),
    ];

    public PanelTable Run(PanelContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var unit = context.Parameters.Text("unit");
        var year = context.Parameters.Year("year");
        var table = new PanelTable(Columns);
        var basis = context.Read.BudgetAbsorption(context.Scope, unit, year).FirstOrDefault();
        if (basis is not null)
        {
            table.AddRow()
                .Set("label", basis.Basis == "total" ? "Dasar: baris total tercetak" : $"Dasar: jumlah {basis.LineCount} baris {ValueKinds.Level(basis.Basis).ToLowerInvariant()}")
                .Set("level", ValueKinds.Level(basis.Basis))
                .Set("pagu", basis.Pagu, basis.Source)
                .Set("realisasi", basis.Realisasi, basis.Source)
                .Set("penyerapan", BudgetEfficiency.Penyerapan(basis.Pagu, basis.Realisasi))
                .Set("status", "dasar perhitungan")
                .Highlight = true;
        }

        var printed = context.Read.BudgetLines(context.Scope, "realisasi_report", unit, year)
            .Where(l => l.Level is "total" or "belanja_group" && l.Pagu is not null);
        foreach (var line in printed)
        {
            var computed = line.Realisasi is { } r ? BudgetEfficiency.Penyerapan(line.Pagu!.Value, r) : null;
            table.AddRow()
                .Set("label", $"{line.Name} ({line.Source.Table}, baris {line.Source.Line})")
                .Set("level", ValueKinds.Level(line.Level))
                .Set("pagu", line.Pagu, line.Source)
                .Set("realisasi", line.Realisasi, line.Source)
                .Set("penyerapan", computed)
                .Set("reported_pct", line.ReportedPercent, line.ReportedPercent is null ? null : line.Source)
                .Set("status", Status(line, basis));
        }

        table.Notes.Add("Penyerapan dihitung dari baris program (atau kegiatan), tidak dari menjumlahkan baris total: laporan dapat mencetak total yang bertentangan dengan rinciannya.");
        return table;
    }

    private static string Status(ReadModel.BudgetLineEntry line, ReadModel.BudgetBasisEntry? basis)
    {
        if (basis is null || line.Level == "belanja_group")
        {
            return line.Level == "belanja_group" ? "kelompok belanja (bagian dari total)" : "—";
        }

        var paguAgrees = line.Pagu == basis.Pagu;
        var realisasiAgrees = line.Realisasi is null || line.Realisasi == basis.Realisasi;
        return (paguAgrees, realisasiAgrees) switch
        {
            (true, true) => "sesuai",
            (true, false) => $"realisasi berbeda: tercetak {IdFormat.Money(line.Realisasi!.Value)}, rincian {IdFormat.Money(basis.Realisasi)}",
            (false, _) => $"pagu berbeda: tercetak {IdFormat.Money(line.Pagu!.Value)}, rincian {IdFormat.Money(basis.Pagu)}",
        };
    }
}
