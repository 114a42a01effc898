using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>Tables whose narrow "Satuan" column the converter printed into the next one, in the header and in every row.</summary>
public class MergedSatuanColumnTests
{
    [Fact]
    public void Units_printed_in_the_same_cell_as_the_targets_leave_the_figures_under_their_header()
    {
        var result = Report.Extract(
            "Tabel 3.2",
            "Capaian Kinerja Sasaran Strategis Tahun 2022",
            "No\tIndikator Kinerja\tSatuan Target\tRealisasi\tCapaian (%)",
            "1\tIndeks Profesionalitas ASN\tNilai 62,00\t60,85\t98,15",
            "2\tPersentase ASN yang Memenuhi Standar Kompetensi Jabatan\t% 40,00\t42,70\t106,75",
            "3\tNilai AKIP BKPSDM\tNilai BB (72,00)\tBB (72,35)\t100,49");

        Assert.Equal(
            [
                ("Nilai", IndicatorValueKind.Target, 62m), ("Nilai", IndicatorValueKind.Realization, 60.85m), ("Nilai", IndicatorValueKind.ReportedCapaian, 98.15m),
                ("%", IndicatorValueKind.Target, 40m), ("%", IndicatorValueKind.Realization, 42.70m), ("%", IndicatorValueKind.ReportedCapaian, 106.75m),
                ("Nilai", IndicatorValueKind.Target, 72m), ("Nilai", IndicatorValueKind.Realization, 72.35m), ("Nilai", IndicatorValueKind.ReportedCapaian, 100.49m),
            ],
            result.Indicators.Select(v => (v.Satuan, v.Kind, v.Value!.Value)));
    }

    [Fact]
    public void A_work_unit_column_is_no_satuan_printed_into_the_next()
    {
        var result = Report.Extract(
            "Tabel 3.9",
            "Realisasi Anggaran per Satuan Kerja Tahun 2023",
            "No\tSatuan Kerja\tPagu (Rp)\tRealisasi (Rp)\t%",
            "1\tPos 1\t100.000.000\t90.000.000\t90,00",
            "2\tPos 2\t200.000.000\t190.000.000\t95,00");

        Assert.Equal([("Pos 1", 100_000_000m), ("Pos 2", 200_000_000m)], result.Budget.Select(b => (b.Name, b.Pagu!.Value)));
    }
}
