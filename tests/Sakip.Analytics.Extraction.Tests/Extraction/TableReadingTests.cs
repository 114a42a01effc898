using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

public class TableReadingTests
{
    [Fact]
    public void Columns_are_found_by_their_header_words_in_any_order()
    {
        var result = Report.Extract(
            "Tabel 3.2",
            "Capaian Kinerja Tahun 2023",
            "No.\tRealisasi\tIndikator Kinerja\tPersentase Capaian\tTarget\tSatuan",
            "1.\t80,50\tIndeks Kepuasan Masyarakat (IKM)\t94,71%\t85,00\tNilai");

        var values = result.Indicators.ToDictionary(v => v.Kind);
        Assert.Equal(85.00m, values[IndicatorValueKind.Target].Value);
        Assert.Equal(80.50m, values[IndicatorValueKind.Realization].Value);
        Assert.Equal(94.71m, values[IndicatorValueKind.ReportedCapaian].Value);
        Assert.All(values.Values, v => Assert.Equal("Tabel 3.2", v.Source.Table));
        Assert.All(values.Values, v => Assert.Equal(Report.Line(4), v.Source.Line));
        Assert.Equal("Nilai", values[IndicatorValueKind.Target].Satuan);
    }

    [Fact]
    public void A_group_header_over_year_columns_gives_each_value_its_year_and_kind()
    {
        var result = Report.Extract(
            "Tabel 3.10",
            "Capaian Nilai IKM Tahun 2019-2023",
            "Indikator Kinerja\tSatuan\tTarget\t\t\tRealisasi\t\t\tPersentase Capaian Kinerja\t\t",
            "\t\t2021\t2022\t2023\t2021\t2022\t2023\t2021\t2022\t2023",
            "(1)\t(2)\t(3)\t(4)\t(5)\t(6)\t(7)\t(8)\t(9)\t(10)\t(11)",
            "Indeks Kepuasan Masyarakat (IKM)\tNilai\t78,00\t80,00\t85,00\t77,98\t90,10\t80,50\t99,97%\t112,63%\t94,71%");

        Assert.Equal(9, result.Indicators.Count);
        Assert.Contains(result.Indicators, v => v is { Year: 2022, Kind: IndicatorValueKind.Realization, Value: 90.10m });
        Assert.Contains(result.Indicators, v => v is { Year: 2021, Kind: IndicatorValueKind.ReportedCapaian, Value: 99.97m });
        // Targets for three years and more are a Renstra matrix.
        Assert.All(result.Indicators.Where(v => v.Value is 78.00m or 80.00m or 85.00m), v => Assert.Equal(IndicatorValueKind.RenstraTarget, v.Kind));
    }

    [Fact]
    public void A_header_repeated_after_a_page_break_continues_the_table()
    {
        var result = Report.Extract(
            "Tabel 3.16",
            "NO\tSASARAN STRATEGIS\tINDIKATOR SASARAN\t% Capaian",
            "1\tMeningkatnya akuntabilitas\tNilai AKIP\t93,53",
            string.Empty,
            string.Empty,
            "NO\tSASARAN STRATEGIS\tINDIKATOR SASARAN\t% Capaian",
            "2\tMeningkatkan Kepuasan Masyarakat\tIndeks Kepuasan Masyarakat\t94,71");

        Assert.Equal(2, result.Indicators.Count);
        Assert.All(result.Indicators, v => Assert.Equal("Tabel 3.16", v.Source.Table));
    }

    [Fact]
    public void A_merged_sasaran_cell_is_inherited_by_the_rows_below_it()
    {
        var result = Report.Extract(
            "TABEL II.7",
            "PERJANJIAN KINERJA",
            "SASARAN STRATEGIS\tINDIKATOR KINERJA\tSATUAN\tTARGET TAHUNAN",
            "1\t2\t3\t4",
            "Meningkatnya Kualitas Pelayanan\ta. Indeks Kepuasan Masyarakat\t%\t87",
            "\tb. Persentase Pelaksanaan Tugas Pemerintahan Umum\t%\t100");

        Assert.Equal(2, result.Indicators.Count);
        Assert.All(result.Indicators, v => Assert.Equal("Meningkatnya Kualitas Pelayanan", v.Goal));
        Assert.Equal("Persentase Pelaksanaan Tugas Pemerintahan Umum", result.Indicators[1].Indicator);
    }

    [Fact]
    public void A_target_given_as_a_grade_stays_on_the_first_line_of_an_indicator_name_wrapped_below_it()
    {
        var result = Report.Extract(
            "PERJANJIAN KINERJA TAHUN 2023",
            string.Empty,
            "NO (1)\tSASARAN STRATEGIS (2)\tINDIKATOR KINERJA (3)\tTARGET (4)",
            "1.\tMeningkatnya Kualitas Pelayanan\tNilai Survey Kepuasan Masyarakat (SKM) pada\tB",
            "\t\tbidang Pelayanan Publik.\t",
            "2.\tMeningkatnya koordinasi bidang Pemerintahan\tProsentase Rekomendasi hasil koordinasi\t98");

        var grade = Assert.Single(result.Indicators, v => v.Grade == "B");
        Assert.Equal(Report.Line(4), grade.Source.Line);
        Assert.Equal("Nilai Survey Kepuasan Masyarakat (SKM) pada bidang Pelayanan Publik", grade.Indicator);
    }

    [Fact]
    public void A_perubahan_perjanjian_kinerja_gives_revised_targets()
    {
        var result = Report.Extract(
            "PERUBAHAN PERJANJIAN KINERJA TAHUN 2023",
            string.Empty,
            "No\tSasaran Strategis\tIndikator Kinerja Sasaran\tSatuan\tTarget",
            "1\tMeningkatnya Akuntabilitas\tNilai AKIP\tNilai\tBB (75,00)");

        var value = Assert.Single(result.Indicators);
        Assert.Equal(IndicatorValueKind.TargetRevised, value.Kind);
        Assert.Equal(75.00m, value.Value);
        Assert.Equal("BB", value.Grade);
    }

    [Fact]
    public void A_comparison_with_another_unit_keeps_each_units_values_apart()
    {
        var result = Report.Extract(
            "Tabel 3.13",
            "No.\tKecamatan\tIndikator Kinerja\tTarget\t\tRealisasi\t",
            "\t\t\t2022\t2023\t2022\t2023",
            "1.\tKecamatan Teluk Indah\tIndeks Kepuasan Masyarakat\t80,00\t85,00\t90,10\t80,50",
            "\tDatuk Tanah Datar\t\t80,00\t83,00\t83,64\t83,20");

        Assert.Equal(4, result.Indicators.Count(v => v.Unit == "Kecamatan Teluk Indah"));
        Assert.Equal(4, result.Indicators.Count(v => v.Unit == "Kecamatan Datuk Tanah Datar"));
        Assert.Contains(result.Indicators, v => v is { Unit: "Kecamatan Datuk Tanah Datar", Year: 2022, Kind: IndicatorValueKind.Realization, Value: 83.64m });
    }

    [Theory]
    [InlineData("REALISASI")]
    [InlineData("REAL.")]
    public void A_total_row_gives_its_amounts_to_the_heading_it_closes(string realisasi)
    {
        var result = Report.Extract(
            "LAPORAN PENGAWASAN ANGGARAN DEFINITIF PER SUB KEGIATAN",
            string.Empty,
            $"KODE\tURAIAN\tANGGARAN\t{realisasi}\t\t\t\t\tSISA",
            "\t\t\tPEGAWAI\tBARANG & JASA\tMODAL\tTOTAL\t%\tANGGARAN",
            "1.2.01\tPROGRAM PENUNJANG URUSAN PEMERINTAHAN\t\t\t\t\t\t\t",
            "1.2.01\tPerencanaan Kinerja Perangkat Daerah\t\t\t\t\t\t\t",
            "1.2.01.1\tPenyusunan Dokumen Perencanaan\t2.000.000,00\t0,00\t2.000.000,00\t0,00\t2.000.000,00\t100,00\t0,00",
            "1.2.01.6\tKoordinasi Penyusunan Laporan Capaian\t2.000.000,00\t0,00\t1.500.000,00\t0,00\t1.500.000,00\t75,00\t500.000,00",
            "\tTOTAL KEGIATAN PERENCANAAN KINERJA PERANGKAT DAERAH\t4.000.000,00\t0,00\t3.500.000,00\t0,00\t3.500.000,00\t87,50\t500.000,00",
            "\tTOTAL PROGRAM PENUNJANG URUSAN PEMERINTAHAN\t4.000.000,00\t0,00\t3.500.000,00\t0,00\t3.500.000,00\t87,50\t500.000,00");

        var kegiatan = result.Budget.Single(b => b.Name.StartsWith("TOTAL KEGIATAN", StringComparison.Ordinal));
        Assert.Equal("1.2.01", kegiatan.Code);
        Assert.Equal(BudgetLevel.Kegiatan, kegiatan.Level);
        Assert.Equal(3_500_000m, kegiatan.Realisasi);
        Assert.Equal(BudgetLevel.Program, result.Budget.Single(b => b.Name.StartsWith("TOTAL PROGRAM", StringComparison.Ordinal)).Level);
        Assert.All(result.Budget.Where(b => b.Level == BudgetLevel.SubKegiatan), b => Assert.Equal(kegiatan.Source.Line, b.ParentLine));
        Assert.Equal(0m, result.Budget.Single(b => b.Code == "1.2.01.6").RealisasiModal);
        Assert.DoesNotContain(result.Findings, f => f.Kind == Model.FindingKind.SumMismatch);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\t")]
    public void An_amount_column_printed_apart_from_its_names_is_paired_with_the_numbered_list_above(string afterNumber)
    {
        // A tab after each item's number makes the list no table.
        var result = Report.Extract(
            "Program Kegiatan :",
            string.Empty,
            $"1.{afterNumber}Perencanaan, Penganggaran dan evaluasi Kinerja Perangkat Daerah",
            $"2.{afterNumber}Administrasi Keuangan Perangkat Daerah",
            $"3.{afterNumber}Pemeliharaan Barang Milik Daerah",
            string.Empty,
            "Anggaran\tKeterangan",
            "Rp. 14.418.000\tAPBD",
            "Rp. 8.988.452.581\tAPBD",
            "Rp. 274.557.500\tAPBD");

        Assert.Equal(["Perencanaan, Penganggaran dan evaluasi Kinerja Perangkat Daerah", "Administrasi Keuangan Perangkat Daerah", "Pemeliharaan Barang Milik Daerah"],
            result.Budget.Select(b => b.Name));
        Assert.Equal(8_988_452_581m, result.Budget[1].Pagu);
    }
}
