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
    public void A_renstra_matrix_whose_units_are_printed_into_the_baseline_column_reads_baselines_and_targets_by_year()
    {
        var result = Report.Extract(
            "Tabel 2.1",
            "Tujuan, Sasaran, Indikator dan Target Renstra Tahun 2021-2026",
            "Tujuan\tSasaran\tIndikator Kinerja\tSatuan Kondisi Awal\tTarget Kinerja Tahun\t",
            "\t\t\t(2020)\t2021\t2022",
            "(1)\t(2)\t(3)\t(4) (5)\t(6)\t(7)",
            "Meningkatkan Kualitas Tata Kelola\tMeningkatnya Penerapan SPBE\tIndeks SPBE\tIndeks 1,98\t2,10\t2,30",
            "\t\tPersentase Perangkat Daerah yang Terhubung Jaringan Intra\t% 51,16\t60\t70");

        Assert.Equal(
            [
                ("Indeks", 2020, IndicatorValueKind.Realization, 1.98m), ("Indeks", 2021, IndicatorValueKind.RenstraTarget, 2.10m),
                ("Indeks", 2022, IndicatorValueKind.RenstraTarget, 2.30m), ("%", 2020, IndicatorValueKind.Realization, 51.16m),
                ("%", 2021, IndicatorValueKind.RenstraTarget, 60m), ("%", 2022, IndicatorValueKind.RenstraTarget, 70m),
            ],
            result.Indicators.Select(v => (v.Satuan, v.Year, v.Kind, v.Value!.Value)));
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

    [Fact]
    public void A_last_row_with_a_wrapped_sasaran_and_no_number_is_no_header_of_the_table_below()
    {
        var result = Report.Extract(
            "PERJANJIAN KINERJA TAHUN 2023",
            string.Empty,
            "No\tSasaran Strategis\tIndikator Kinerja\tSatuan Target",
            "1\tMeningkatnya kualitas pelayanan publik\tIndeks Kepuasan Masyarakat (IKM)\tIndeks 84,00",
            "2\tMeningkatnya ketenteraman, ketertiban dan tata kelola pemerintahan\tJumlah kejadian gangguan ketertiban umum\tKasus 24",
            "\tdesa/kelurahan\tPersentase desa/kelurahan yang tertib administrasi pemerintahan\t% 100",
            string.Empty,
            "No\tProgram\tAnggaran\tKeterangan",
            "1\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\tRp 4.186.412.400\tAPBD",
            "2\tProgram Penyelenggaraan Pemerintahan dan Pelayanan Publik\tRp 245.000.000\tAPBD");

        Assert.Equal(
            [
                ("Indeks Kepuasan Masyarakat (IKM)", "Indeks", 84m), ("Jumlah kejadian gangguan ketertiban umum", "Kasus", 24m),
                ("Persentase desa/kelurahan yang tertib administrasi pemerintahan", "%", 100m),
            ],
            result.Indicators.Select(v => (v.Indicator, v.Satuan, v.Value!.Value)));
        Assert.Equal([4_186_412_400m, 245_000_000m], result.Budget.Select(b => b.Pagu!.Value));
    }
}
