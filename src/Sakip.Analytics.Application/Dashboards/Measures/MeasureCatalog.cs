using Sakip.Analytics.Application.Dashboards.Panels;

namespace Sakip.Analytics.Application.Dashboards.Measures;

/// <summary>The measures the comparison, trend and benchmark views offer.</summary>
public static class MeasureCatalog
{
    public const string IndicatorCapaian = "indikator";

    public static IReadOnlyList<MeasureDefinition> All { get; } =
    [
        new("akip", "Nilai AKIP",
            "Nilai evaluasi AKIP oleh Inspektorat (LHE); bila tidak ada, realisasi IKU 'Nilai AKIP' dari laporan unit.",
            ColumnFormat.Number, MeasureBands.Predikat),
        new("akip.perencanaan", "AKIP: Perencanaan Kinerja", "Skor komponen Perencanaan Kinerja (LHE AKIP).", ColumnFormat.Number, MeasureBands.None),
        new("akip.pengukuran", "AKIP: Pengukuran Kinerja", "Skor komponen Pengukuran Kinerja (LHE AKIP).", ColumnFormat.Number, MeasureBands.None),
        new("akip.pelaporan", "AKIP: Pelaporan Kinerja", "Skor komponen Pelaporan Kinerja (LHE AKIP).", ColumnFormat.Number, MeasureBands.None),
        new("akip.evaluasi_internal", "AKIP: Evaluasi Akuntabilitas Kinerja Internal", "Skor komponen Evaluasi Internal (LHE AKIP).", ColumnFormat.Number, MeasureBands.None),
        new("akip.capaian", "AKIP: Capaian Kinerja (12/2015)", "Skor komponen Capaian Kinerja, hanya pada PermenPANRB 12/2015.", ColumnFormat.Number, MeasureBands.None),
        new("ikm", "IKM",
            "Indeks Kepuasan Masyarakat dari hasil survei; bila tidak ada, realisasi IKU IKM dari laporan unit.",
            ColumnFormat.Number, MeasureBands.Mutu),
        new("iku", "Rata-rata capaian IKU",
            "Rata-rata capaian (dihitung) indikator tingkat sasaran/tujuan yang memiliki target dan realisasi.",
            ColumnFormat.Percent, MeasureBands.CapaianScale),
        new("penyerapan", "Penyerapan anggaran",
            "Realisasi / pagu × 100 dari baris program laporan realisasi (atau kegiatan, atau satu baris total).",
            ColumnFormat.Percent, MeasureBands.None),
        new(IndicatorCapaian, "Capaian indikator",
            "Capaian (dihitung) satu indikator yang dipilih menurut namanya.",
            ColumnFormat.Percent, MeasureBands.CapaianScale, NeedsIndicator: true),
    ];

    public static MeasureDefinition? Find(string? key) =>
        All.FirstOrDefault(m => string.Equals(m.Key, key?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string Keys => string.Join(", ", All.Select(m => m.Key));
}
