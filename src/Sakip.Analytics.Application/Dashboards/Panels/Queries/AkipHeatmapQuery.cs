using Sakip.Analytics.Application.Dashboards.Labels;
using Sakip.Analytics.Application.Dashboards.Parameters;
using Sakip.Analytics.Domain.Rules;

namespace Sakip.Analytics.Application.Dashboards.Panels.Queries;

/// <summary>Each unit's AKIP components of one year as a percentage of their weight, for a heatmap.</summary>
public sealed class AkipHeatmapQuery : IPanelQuery
{
    public string Name => "akip.heatmap";

    public string Description => "Komponen AKIP semua unit pada satu tahun, masing-masing sebagai persen dari bobotnya.";

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
        new("perencanaan_pct", "Perencanaan (% bobot)", ColumnFormat.Percent),
        new("pengukuran_pct", "Pengukuran (% bobot)", ColumnFormat.Percent),
        new("pelaporan_pct", "Pelaporan (% bobot)", ColumnFormat.Percent),
        new("evaluasi_internal_pct", "Evaluasi internal (% bobot)", ColumnFormat.Percent),
        new("capaian_pct", "Capaian kinerja (% bobot)", ColumnFormat.Percent),
        new("total", "Nilai AKIP", ColumnFormat.Number),
        new("regulation", "Regulasi"),
    ];

    public PanelTable Run(PanelContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var year = context.Parameters.Year("year");
        var kind = context.Parameters.OptionalText("kind") ?? UnitKinds.All;
        var table = new PanelTable(Columns);
        var rows = context.Read.Akip(context.Scope, null, year)
            .Where(a => a.IsRealization)
            .Select(a => (Entry: a, Unit: context.Unit(a.Unit)))
            .Where(x => x.Unit is not null && UnitKinds.Admits(kind, x.Unit.Kind))
            .OrderByDescending(x => x.Entry.Total)
            .ThenBy(x => x.Unit!.Name, StringComparer.Ordinal);
        foreach (var (lhe, unit) in rows)
        {
            if (AkipLabels.ParseRegulation(lhe.Regulation) is not { } regulation)
            {
                continue;
            }

            var row = table.AddRow()
                .Set("unit", lhe.Unit)
                .Set("unit_name", unit!.Name)
                .Set("kind", UnitKinds.Label(unit.Kind))
                .Set("total", lhe.Total, lhe.Source)
                .Set("regulation", AkipLabels.Regulation(lhe.Regulation));
            foreach (var component in Enum.GetValues<AkipComponent>())
            {
                var score = Measures.MeasureSeries.Score(lhe, component);
                var percent = score is { } s ? AkipScoring.PercentOfWeight(regulation, component, s) : null;
                row.Set($"{Domain.Facts.Slugs.ToSlug(component)}_pct", percent, percent is null ? null : lhe.Source);
            }
        }

        table.Notes.Add("Setiap komponen ditampilkan sebagai persen dari bobotnya (mis. Pengukuran 20,64 dari bobot 30 = 68,80%), sehingga komponen dengan bobot berbeda dapat dibandingkan.");
        if (table.Rows.Select(r => r["regulation"]).Distinct().Count() > 1)
        {
            table.Notes.Add(AkipLabels.NotComparableNote);
        }

        return table;
    }
}
