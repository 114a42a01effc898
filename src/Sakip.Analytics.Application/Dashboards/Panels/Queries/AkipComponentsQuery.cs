using Sakip.Analytics.Application.Dashboards.Labels;
using Sakip.Analytics.Application.Dashboards.Parameters;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;

namespace Sakip.Analytics.Application.Dashboards.Panels.Queries;

/// <summary>One unit's AKIP components over the years: score and percentage of weight, with the regulation of each year (targets are in the measure trend).</summary>
public sealed class AkipComponentsQuery : IPanelQuery
{
    public string Name => "akip.components";

    public string Description => "Komponen AKIP satu unit dari tahun ke tahun (skor dan persen dari bobot), dengan regulasinya.";

    public IReadOnlyList<QueryParameter> Parameters { get; } =
    [
        new("unit", ParameterType.Unit),
        new("from", ParameterType.Year),
        new("to", ParameterType.Year),
    ];

    public IReadOnlyList<PanelColumn> Columns { get; } =
    [
        new("year", "Tahun", ColumnFormat.Year),
        new("regulation", "Regulasi"),
        new("perencanaan", "Perencanaan", ColumnFormat.Number),
        new("pengukuran", "Pengukuran", ColumnFormat.Number),
        new("pelaporan", "Pelaporan", ColumnFormat.Number),
        new("evaluasi_internal", "Evaluasi internal", ColumnFormat.Number),
        new("capaian", "Capaian kinerja", ColumnFormat.Number),
        new("total", "Nilai AKIP", ColumnFormat.Number),
        new("predikat", "Predikat"),
        new("perencanaan_pct", "Perencanaan (% bobot)", ColumnFormat.Percent),
        new("pengukuran_pct", "Pengukuran (% bobot)", ColumnFormat.Percent),
        new("pelaporan_pct", "Pelaporan (% bobot)", ColumnFormat.Percent),
        new("evaluasi_internal_pct", "Evaluasi internal (% bobot)", ColumnFormat.Percent),
        new("capaian_pct", "Capaian kinerja (% bobot)", ColumnFormat.Percent),
    ];

    public PanelTable Run(PanelContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var unit = context.Parameters.Text("unit");
        var (from, to) = (context.Parameters.Year("from"), context.Parameters.Year("to"));
        var table = new PanelTable(Columns);
        var entries = context.Read.Akip(context.Scope, unit)
            .Where(a => a.IsRealization && a.Year >= from && a.Year <= to)
            .OrderBy(a => a.Year);
        foreach (var entry in entries)
        {
            if (AkipLabels.ParseRegulation(entry.Regulation) is not { } regulation)
            {
                continue;
            }

            var row = table.AddRow()
                .Set("year", entry.Year)
                .Set("regulation", AkipLabels.Regulation(entry.Regulation))
                .Set("total", entry.Total, entry.Source)
                .Set("predikat", entry.Predikat, entry.Source);
            foreach (var component in Enum.GetValues<AkipComponent>())
            {
                var score = Measures.MeasureSeries.Score(entry, component);
                var slug = component.ToSlug();
                row.Set(slug, score, score is null ? null : entry.Source);
                row.Set($"{slug}_pct", score is { } s ? AkipScoring.PercentOfWeight(regulation, component, s) : null);
            }
        }

        if (table.Rows.Select(r => r["regulation"]).Distinct().Count() > 1)
        {
            table.Notes.Add(AkipLabels.NotComparableNote);
        }

        return table;
    }
}
