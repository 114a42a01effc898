using Sakip.Analytics.Application.Dashboards.Labels;
using Sakip.Analytics.Application.Dashboards.Measures;
using Sakip.Analytics.Application.Dashboards.Parameters;
using Sakip.Analytics.Application.Dashboards.Rules;
using Sakip.Analytics.Domain.Rules;

namespace Sakip.Analytics.Application.Dashboards.Panels.Queries;

/// <summary>Every unit's AKIP evaluation of one year, ranked by the printed total, with its components.</summary>
public sealed class AkipRankingQuery : IPanelQuery
{
    public string Name => "akip.ranking";

    public string Description => "Peringkat nilai AKIP seluruh unit pada satu tahun, dengan komponen, predikat dan sumber.";

    public IReadOnlyList<QueryParameter> Parameters { get; } =
    [
        new("year", ParameterType.Year),
        new("kind", ParameterType.UnitKind, Required: false),
        new("unit", ParameterType.Unit, Required: false),
    ];

    public IReadOnlyList<PanelColumn> Columns { get; } =
    [
        new("rank", "Peringkat", ColumnFormat.Integer, Description: "Peringkat di antara semua unit yang dinilai dengan regulasi yang sama (nilai sama, peringkat sama)"),
        new("unit", "Kode unit"),
        new("unit_name", "Unit"),
        new("kind", "Jenis"),
        new("rank_in_kind", "Peringkat dalam jenis", ColumnFormat.Integer),
        new("count_in_kind", "Jumlah unit sejenis", ColumnFormat.Integer),
        new("perencanaan", "Perencanaan", ColumnFormat.Number),
        new("pengukuran", "Pengukuran", ColumnFormat.Number),
        new("pelaporan", "Pelaporan", ColumnFormat.Number),
        new("evaluasi_internal", "Evaluasi internal", ColumnFormat.Number),
        new("capaian", "Capaian kinerja", ColumnFormat.Number, Description: "Komponen kelima, hanya PermenPANRB 12/2015"),
        new("total", "Nilai AKIP", ColumnFormat.Number, Description: "Total sebagaimana tercetak"),
        new("component_sum", "Jumlah komponen", ColumnFormat.Number, Description: "Dihitung dari komponen"),
        new("predikat", "Predikat"),
        new("regulation", "Regulasi"),
        new("catatan", "Catatan"),
    ];

    public PanelTable Run(PanelContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var year = context.Parameters.Year("year");
        var kind = context.Parameters.OptionalText("kind") ?? UnitKinds.All;
        var focal = context.Parameters.OptionalText("unit");
        var evaluations = context.Read.Akip(context.Scope, null, year).Where(a => a.IsRealization).ToDictionary(a => a.Unit, StringComparer.Ordinal);
        var table = new PanelTable(Columns);
        table.Bands.AddRange(GradeBands.Predikat);
        foreach (var rank in context.Read.AkipRanking(context.Scope, year).Where(r => UnitKinds.Admits(kind, r.Kind)))
        {
            var lhe = evaluations[rank.Unit];
            var sum = MeasureSeries.ComponentSum(lhe);
            var notes = new List<string>();
            if (sum is { } s && Math.Abs(s - lhe.Total!.Value) >= 0.005m)
            {
                notes.Add($"jumlah komponen {IdFormat.Number(s)} ≠ total tercetak");
            }

            if (AkipScoring.Predikat(lhe.Total!.Value) is { } computed && lhe.Predikat is { } printed && computed != printed)
            {
                notes.Add($"predikat menurut total: {computed}");
            }
            else if (sum is { } componentSum && AkipScoring.Predikat(componentSum) is { } bySum && lhe.Predikat is { } printedGrade && bySum != printedGrade)
            {
                notes.Add($"jumlah komponen memberi predikat {bySum}");
            }

            var row = table.AddRow()
                .Set("rank", rank.RankAll)
                .Set("unit", rank.Unit)
                .Set("unit_name", rank.Name)
                .Set("kind", UnitKinds.Label(rank.Kind))
                .Set("rank_in_kind", rank.RankInKind)
                .Set("count_in_kind", rank.CountInKind)
                .Set("perencanaan", lhe.Perencanaan, lhe.Source)
                .Set("pengukuran", lhe.Pengukuran, lhe.Source)
                .Set("pelaporan", lhe.Pelaporan, lhe.Source)
                .Set("evaluasi_internal", lhe.EvaluasiInternal, lhe.Source)
                .Set("capaian", lhe.Capaian, lhe.Capaian is null ? null : lhe.Source)
                .Set("total", lhe.Total, lhe.Source)
                .Set("component_sum", sum)
                .Set("predikat", lhe.Predikat, lhe.Source)
                .Set("regulation", AkipLabels.Regulation(rank.Regulation))
                .Set("catatan", notes.Count == 0 ? null : string.Join("; ", notes));
            row.Highlight = rank.Unit == focal;
        }

        var regulations = table.Rows.Select(r => r["regulation"]).Distinct().Count();
        table.Notes.Add($"Peringkat menurut nilai AKIP tercetak (Inspektorat); nilai sama mendapat peringkat sama. {table.Rows.Count} unit dinilai pada {year}.");
        if (regulations > 1)
        {
            table.Notes.Add(AkipLabels.NotComparableNote);
        }

        return table;
    }
}
