using Sakip.Analytics.Application.Dashboards.Labels;
using Sakip.Analytics.Application.Dashboards.Measures;
using Sakip.Analytics.Application.Dashboards.Parameters;

namespace Sakip.Analytics.Application.Dashboards.Panels.Queries;

/// <summary>Every unit of a tenant in one year: AKIP with predikat and rank, IKM with mutu, mean IKU capaian, penyerapan.</summary>
public sealed class OverviewQuery : IPanelQuery
{
    public string Name => "overview.units";

    public string Description => "Ikhtisar semua unit satu tahun: AKIP (predikat, peringkat), IKM (mutu), rata-rata capaian IKU, penyerapan anggaran.";

    public IReadOnlyList<QueryParameter> Parameters { get; } =
    [
        new("year", ParameterType.Year),
        new("kind", ParameterType.UnitKind, Required: false),
    ];

    public IReadOnlyList<PanelColumn> Columns { get; } =
    [
        new("unit", "Kode unit"),
        new("unit_name", "Unit"),
        new("kind", "Jenis"),
        new("akip", "Nilai AKIP", ColumnFormat.Number),
        new("predikat", "Predikat"),
        new("akip_rank", "Peringkat AKIP", ColumnFormat.Integer, Description: "Di antara semua unit pemda yang dinilai pada tahun ini"),
        new("ikm", "IKM", ColumnFormat.Number),
        new("mutu", "Mutu IKM"),
        new("iku", "Rata-rata capaian IKU", ColumnFormat.Percent),
        new("iku_category", "Kategori capaian"),
        new("penyerapan", "Penyerapan anggaran", ColumnFormat.Percent),
        new("catatan", "Catatan"),
    ];

    public PanelTable Run(PanelContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var year = context.Parameters.Year("year");
        var kind = context.Parameters.OptionalText("kind") ?? UnitKinds.All;
        var akip = Points(context, "akip", year);
        var ikm = Points(context, "ikm", year);
        var iku = Points(context, "iku", year);
        var penyerapan = Points(context, "penyerapan", year);
        var ranks = context.Read.AkipRanking(context.Scope, year).ToDictionary(r => r.Unit, StringComparer.Ordinal);
        var table = new PanelTable(Columns);
        var units = context.Units
            .Where(u => UnitKinds.Admits(kind, u.Kind))
            .OrderBy(u => ranks.TryGetValue(u.Unit, out var r) ? r.RankAll : int.MaxValue)
            .ThenBy(u => u.Name, StringComparer.Ordinal);
        foreach (var unit in units)
        {
            var a = akip.GetValueOrDefault(unit.Unit);
            var i = ikm.GetValueOrDefault(unit.Unit);
            var k = iku.GetValueOrDefault(unit.Unit);
            var p = penyerapan.GetValueOrDefault(unit.Unit);
            var notes = new[] { a, i, k, p }.OfType<MeasurePoint>().Select(MeasureRows.Notes).OfType<string>().ToList();
            table.AddRow()
                .Set("unit", unit.Unit)
                .Set("unit_name", unit.Name)
                .Set("kind", UnitKinds.Label(unit.Kind))
                .Set("akip", a?.Value, a?.ValueSource)
                .Set("predikat", a?.Grade ?? a?.GradeComputed, a?.ValueSource)
                .Set("akip_rank", ranks.TryGetValue(unit.Unit, out var rank) ? rank.RankAll : null)
                .Set("ikm", i?.Value, i?.ValueSource)
                .Set("mutu", i?.Grade ?? i?.GradeComputed, i?.ValueSource)
                .Set("iku", k?.Value)
                .Set("iku_category", k?.Category)
                .Set("penyerapan", p?.Value, p?.ValueSource)
                .Set("catatan", notes.Count == 0 ? null : string.Join(" ", notes));
        }

        table.Notes.Add($"Tahun {year}. Nilai AKIP dari LHE Inspektorat (peringkat: 1 = tertinggi, nilai sama peringkat sama); IKM dari survei; " +
                        $"capaian IKU dihitung dengan aturan pemda ({context.Rules.ScaleName}); penyerapan = realisasi / pagu dari baris program laporan realisasi.");
        return table;
    }

    private static Dictionary<string, MeasurePoint> Points(PanelContext context, string measure, int year) =>
        context.Measures.Points(new MeasureRequest(context.Scope, context.Rules, MeasureCatalog.Find(measure)!, year, year))
            .ToDictionary(p => p.Unit, StringComparer.Ordinal);
}
