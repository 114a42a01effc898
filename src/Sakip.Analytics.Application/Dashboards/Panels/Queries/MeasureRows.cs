using Sakip.Analytics.Application.Dashboards.Labels;
using Sakip.Analytics.Application.Dashboards.Measures;
using Sakip.Analytics.Application.Dashboards.Rules;
using Sakip.Analytics.Domain.Rules;

namespace Sakip.Analytics.Application.Dashboards.Panels.Queries;

/// <summary>The columns and cells every measure-based query shares.</summary>
internal static class MeasureRows
{
    public static IReadOnlyList<PanelColumn> PointColumns { get; } =
    [
        new("value", "Nilai", ColumnFormat.Number),
        new("realization", "Realisasi", ColumnFormat.Number, Description: "Realisasi indikator, bila nilai yang dibandingkan adalah capaiannya"),
        new("target", "Target", ColumnFormat.Number),
        new("target_kind", "Jenis target"),
        new("capaian", "Capaian (dihitung)", ColumnFormat.Percent, Description: "Realisasi terhadap target, dihitung dengan aturan pemda"),
        new("reported_capaian", "Capaian (dilaporkan)", ColumnFormat.Percent, Description: "Capaian sebagaimana tercetak di laporan"),
        new("category", "Kategori capaian"),
        new("grade", "Predikat/mutu"),
        new("regulation", "Regulasi AKIP"),
        new("origin", "Asal nilai"),
        new("catatan", "Catatan"),
    ];

    public static void Fill(PanelRow row, MeasurePoint point)
    {
        row.Set("value", point.Value, point.ValueSource)
            .Set("realization", point.Realization != point.Value ? point.Realization : null, point.Realization != point.Value ? point.RealizationSource : null)
            .Set("target", point.Target, point.TargetSource)
            .Set("target_kind", point.TargetKind)
            .Set("capaian", point.Capaian)
            .Set("reported_capaian", point.ReportedCapaian, point.ReportedCapaianSource)
            .Set("category", point.Category)
            .Set("grade", point.Grade ?? point.GradeComputed)
            .Set("regulation", point.Regulation is { } r ? AkipLabels.Regulation(r) : null)
            .Set("origin", point.Origin)
            .Set("catatan", Notes(point));
    }

    public static string? Notes(MeasurePoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        var notes = new List<string>(point.Notes);
        if (point.Capaian is { } computed && point.ReportedCapaian is { } printed && !PrintedRounding.MatchesPrinted(computed, printed))
        {
            notes.Add($"dilaporkan {IdFormat.Percent(printed)}, dihitung {IdFormat.Percent(computed)}");
        }

        if (point.Grade is { } grade && point.GradeComputed is { } rule && !string.Equals(grade, rule, StringComparison.Ordinal))
        {
            notes.Add($"tercetak {grade}, menurut nilai {rule}");
        }

        return notes.Count == 0 ? null : string.Join(" ", notes);
    }

    /// <summary>The columns with the value and target labelled for the measure, e.g. "Nilai AKIP", "Target Nilai AKIP".</summary>
    public static IReadOnlyList<PanelColumn> Labelled(IReadOnlyList<PanelColumn> columns, MeasureDefinition measure) =>
        [.. columns.Select(c => c.Key switch
        {
            "value" => c with { Label = measure.Label, Format = measure.Format },
            "target" when !measure.ValueIsCapaian => c with { Label = $"Target {measure.Label}", Format = measure.Format },
            _ => c,
        })];

    public static IEnumerable<ValueBand> Bands(MeasureDefinition measure, TenantRules rules) => measure.Bands switch
    {
        MeasureBands.Predikat => GradeBands.Predikat,
        MeasureBands.Mutu => GradeBands.Mutu,
        MeasureBands.CapaianScale => GradeBands.Capaian(rules.Scale),
        _ => [],
    };

    public static void DescribeMeasure(PanelTable table, MeasureDefinition measure, TenantRules rules, IEnumerable<MeasurePoint> points)
    {
        table.Notes.Add($"{measure.Label}: {measure.Description}");
        if (measure.Key.StartsWith("akip", StringComparison.Ordinal) && points.Select(p => p.Regulation).Where(r => r is not null).Distinct().Count() > 1)
        {
            table.Notes.Add(AkipLabels.NotComparableNote);
        }

        if (measure.Format == ColumnFormat.Percent || points.Any(p => p.Capaian is not null))
        {
            table.Notes.Add($"Capaian dihitung: realisasi / target × 100 (indikator makin rendah makin baik: {rules.MethodLabel}); kategori menurut {rules.ScaleName}. Capaian yang dilaporkan tetap ditampilkan apa adanya.");
        }
    }
}
