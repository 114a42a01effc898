using Sakip.Analytics.Application.Dashboards.Labels;
using Sakip.Analytics.Application.Dashboards.Measures;
using Sakip.Analytics.Application.Dashboards.Parameters;

namespace Sakip.Analytics.Application.Dashboards.Panels.Queries;

/// <summary>
/// A unit against chosen peers, measure by measure and year by year: target, realization, gap to
/// target and to the focal unit in points, change on the previous year (generalizes the reports'
/// "perbandingan dengan instansi sejenis" table, e.g. Sei Balai vs Datuk Tanah Datar).
/// </summary>
public sealed class BenchmarkQuery : IPanelQuery
{
    public string Name => "benchmark.compare";

    public string Description => "Unit dibandingkan dengan unit pembanding: target, realisasi, selisih (poin) dan perubahan per tahun.";

    public IReadOnlyList<QueryParameter> Parameters { get; } =
    [
        new("unit", ParameterType.Unit),
        new("peers", ParameterType.Units, Required: false),
        new("measures", ParameterType.Measures),
        new("from", ParameterType.Year),
        new("to", ParameterType.Year),
    ];

    public IReadOnlyList<PanelColumn> Columns { get; } =
    [
        new("measure", "Kode ukuran"),
        new("measure_label", "Ukuran"),
        new("period", "Ukuran dan tahun"),
        new("year", "Tahun", ColumnFormat.Year),
        new("unit", "Kode unit"),
        new("unit_name", "Unit"),
        new("target", "Target", ColumnFormat.Number),
        new("target_kind", "Jenis target"),
        new("realization", "Realisasi", ColumnFormat.Number),
        new("capaian", "Capaian (dihitung)", ColumnFormat.Percent),
        new("reported_capaian", "Capaian (dilaporkan)", ColumnFormat.Percent),
        new("gap_target", "Selisih thd. target", ColumnFormat.Points, Description: "Realisasi − target, dalam poin"),
        new("gap_focal", "Selisih thd. unit utama", ColumnFormat.Points, Description: "Realisasi unit − realisasi unit utama, dalam poin"),
        new("change", "Perubahan dari tahun lalu", ColumnFormat.Points, Description: "Dalam poin"),
        new("grade", "Predikat/mutu"),
        new("origin", "Asal nilai"),
        new("catatan", "Catatan"),
    ];

    public PanelTable Run(PanelContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var focal = context.Parameters.Text("unit");
        var (from, to) = (context.Parameters.Year("from"), context.Parameters.Year("to"));
        var measures = context.Parameters.Measures("measures");
        var series = measures.ToDictionary(m => m.Key, m => context.Measures.Points(
            new MeasureRequest(context.Scope, context.Rules, m, from, to)).ToList(), StringComparer.Ordinal);
        var peers = context.Parameters.List("peers").Where(p => p != focal).ToList();
        var table = new PanelTable(Columns);
        if (peers.Count == 0)
        {
            peers = AutomaticPeers(context, focal, series.Values.SelectMany(s => s).ToList(), from, to);
            table.Notes.Add(peers.Count == 0
                ? "Tidak ada unit sejenis dengan data pada setiap tahun terpilih; pilih pembanding."
                : $"Pembanding dipilih otomatis: unit sejenis yang memiliki data pada setiap tahun {from}-{to} ({string.Join(", ", peers.Select(context.UnitName))}).");
        }

        foreach (var measure in measures)
        {
            foreach (var year in Enumerable.Range(from, to - from + 1))
            {
                var focalPoint = series[measure.Key].Find(p => p.Unit == focal && p.Year == year);
                foreach (var unit in peers.Prepend(focal))
                {
                    AddRow(table, context, measure, series[measure.Key], unit, year, focalPoint, unit == focal);
                }
            }
        }

        table.Notes.Add("Selisih dan perubahan dalam poin (nilai − nilai), bukan persen.");
        foreach (var measure in measures)
        {
            MeasureRows.DescribeMeasure(table, measure, context.Rules, series[measure.Key]);
        }

        return table;
    }

    private static void AddRow(PanelTable table, PanelContext context, MeasureDefinition measure, List<MeasurePoint> points, string unit, int year, MeasurePoint? focalPoint, bool isFocal)
    {
        var point = points.Find(p => p.Unit == unit && p.Year == year);
        var previous = points.Find(p => p.Unit == unit && p.Year == year - 1);
        var row = table.AddRow()
            .Set("measure", measure.Key)
            .Set("measure_label", measure.Label)
            .Set("period", $"{measure.Label} {year}")
            .Set("year", year)
            .Set("unit", unit)
            .Set("unit_name", context.UnitName(unit))
            .Set("target", point?.Target, point?.TargetSource)
            .Set("target_kind", point?.TargetKind)
            .Set("realization", point?.Value, point?.ValueSource)
            .Set("capaian", point?.Capaian)
            .Set("reported_capaian", point?.ReportedCapaian, point?.ReportedCapaianSource)
            .Set("gap_target", point?.Target is { } target ? point.Value - target : null)
            .Set("gap_focal", !isFocal && point is not null && focalPoint is not null ? point.Value - focalPoint.Value : null)
            .Set("change", point is not null && previous is not null ? point.Value - previous.Value : null)
            .Set("grade", point?.Grade ?? point?.GradeComputed)
            .Set("origin", point?.Origin)
            .Set("catatan", point is null ? "tidak ada data" : MeasureRows.Notes(point));
        row.Highlight = isFocal;
    }

    /// <summary>Units of the focal unit's kind that have a value in every year of the range, for every measure.</summary>
    private static List<string> AutomaticPeers(PanelContext context, string focal, List<MeasurePoint> points, int from, int to)
    {
        var kind = context.Unit(focal)?.Kind;
        var years = to - from + 1;
        return context.Units
            .Where(u => u.Unit != focal && u.Kind == kind)
            .Where(u => points.Where(p => p.Unit == u.Unit).Select(p => p.Year).Distinct().Count() == years)
            .OrderBy(u => u.Name, StringComparer.Ordinal)
            .Select(u => u.Unit)
            .ToList();
    }
}
