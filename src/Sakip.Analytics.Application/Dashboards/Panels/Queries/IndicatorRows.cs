using Sakip.Analytics.Application.Dashboards.Indicators;
using Sakip.Analytics.Application.Dashboards.Labels;
using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Application.Dashboards.Panels.Queries;

/// <summary>The columns and cells the indicator queries share.</summary>
internal static class IndicatorRows
{
    public static IReadOnlyList<PanelColumn> Columns { get; } =
    [
        new("level", "Tingkat"),
        new("goal", "Sasaran/program"),
        new("indicator", "Indikator"),
        new("satuan", "Satuan"),
        new("polarity", "Arah"),
        new("year", "Tahun", ColumnFormat.Year),
        new("target", "Target", ColumnFormat.Number),
        new("target_kind", "Jenis target"),
        new("renstra_target", "Target Renstra", ColumnFormat.Number),
        new("realization", "Realisasi", ColumnFormat.Number),
        new("capaian", "Capaian (dihitung)", ColumnFormat.Percent),
        new("reported_capaian", "Capaian (dilaporkan)", ColumnFormat.Percent),
        new("category", "Kategori"),
        new("catatan", "Catatan"),
    ];

    public static void Fill(PanelRow row, IndicatorYear indicator, string methodNote)
    {
        var notes = new List<string>();
        if (indicator.ReportedDiffers)
        {
            notes.Add($"dilaporkan {IdFormat.Percent(indicator.ReportedCapaian!.Value)}, dihitung {IdFormat.Percent(indicator.Capaian!.Value)}");
        }

        if (indicator.Polarity == Polarity.LowerIsBetter && indicator.Capaian is not null)
        {
            notes.Add($"makin rendah makin baik: {methodNote}");
        }

        row.Set("level", ValueKinds.Level(indicator.Level))
            .Set("goal", indicator.Goal.Length == 0 ? null : indicator.Goal)
            .Set("indicator", indicator.Name)
            .Set("satuan", indicator.Satuan)
            .Set("polarity", indicator.Polarity == Polarity.LowerIsBetter ? "makin rendah makin baik" : "makin tinggi makin baik")
            .Set("year", indicator.Year)
            .Set("target", indicator.Target, indicator.TargetSource)
            .Set("target_kind", indicator.TargetKind is { } kind ? ValueKinds.Label(kind) : null)
            .Set("renstra_target", indicator.RenstraTarget, indicator.RenstraTargetSource)
            .Set("realization", indicator.Realization, indicator.RealizationSource)
            .Set("capaian", indicator.Capaian)
            .Set("reported_capaian", indicator.ReportedCapaian, indicator.ReportedCapaianSource)
            .Set("category", indicator.Category)
            .Set("catatan", notes.Count == 0 ? null : string.Join("; ", notes));
    }
}
