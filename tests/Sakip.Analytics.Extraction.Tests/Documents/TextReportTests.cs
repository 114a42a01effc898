using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Documents;

/// <summary>Characters a PDF converter leaves in the text that print as nothing, or as two letters.</summary>
public class TextReportTests
{
    [Theory]
    [InlineData("Persen\u00ADtase Pelayanan\t95,5", "Persentase Pelayanan")]
    [InlineData("Persen\u200Btase Pelayanan\t95,5", "Persentase Pelayanan")]
    [InlineData("Produk Spesi\uFB01kasi Jenis Pelayanan\t95,5", "Produk Spesifikasi Jenis Pelayanan")]
    [InlineData("Jumlah Ke\uFB02uktuasi Layanan\t95,5", "Jumlah Kefluktuasi Layanan")]
    public void A_soft_hyphen_a_zero_width_space_or_a_ligature_reads_as_the_letters_it_prints(string row, string name)
    {
        var line = Assert.Single(TextReportReader.Read("laporan.txt", row).Pages.Single().Lines);

        Assert.Equal(name, line.Cells[0]);
        Assert.StartsWith(name, line.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicator_names_split_by_soft_hyphens_are_read_whole_with_their_values()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Capaian Indikator Kinerja Tahun 2023",
            string.Empty,
            "No\tIndikator Kinerja\tSatuan\tTarget\tReali\u00ADsasi\tCapaian",
            "1\tPersen\u00ADtase Pelayanan Adminis\u00ADtrasi Terpadu yang Tepat Waktu\t%\t90\t95\t105,56",
            "2\tIndeks Kepuasan Masya\u00ADrakat\tNilai\t80\t82,5\t103,13");

        AssertBothRealizationsRead(result);
    }

    [Fact]
    public void A_row_of_empty_cells_a_ruled_line_left_between_rows_is_read_as_a_blank_line()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "Capaian Indikator Kinerja Tahun 2023",
            string.Empty,
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian",
            "\t\t\t\t\t",
            "1\tPersentase Pelayanan Administrasi Terpadu yang\t%\t90\t95\t105,56",
            "\tTepat Waktu",
            "\t\t\t\t\t",
            "2\tIndeks Kepuasan Masyarakat\tNilai\t80\t82,5\t103,13",
            "\t\t\t\t\t");

        AssertBothRealizationsRead(result);
        var ruled = Assert.Single(TextReportReader.Read("laporan.txt", "\t\t\t").Pages.Single().Lines);
        Assert.True(ruled.IsBlank);
        Assert.False(ruled.IsRow);
    }

    [Fact]
    public void Rows_of_empty_cells_between_budget_rows_leave_the_amounts_on_their_lines()
    {
        var result = Report.Extract(
            "Tabel 3.9",
            "Realisasi Anggaran per Sub Kegiatan Tahun 2023",
            string.Empty,
            "Kode Rekening\tUraian\tPagu (Rp)\tRealisasi (Rp)\t%",
            "\t\t\t\t",
            "7.01.01\tProgram Penunjang Urusan Pemerintahan Daerah\t37.000.000\t35.900.000\t97,03",
            "\t\t\t\t",
            "7.01.01.1.01\tPenyusunan Rencana Kerja\t25.000.000\t24.500.000\t98,00",
            "\t\t\t\t",
            "7.01.01.1.02\tPengelolaan Arsip Kantor\t12.000.000\t11.400.000\t95,00",
            "\t\t\t\t",
            "\tJUMLAH\t37.000.000\t35.900.000\t97,03");

        Assert.Equal(
            [("Program Penunjang Urusan Pemerintahan Daerah", 37_000_000m), ("Penyusunan Rencana Kerja", 25_000_000m), ("Pengelolaan Arsip Kantor", 12_000_000m), ("JUMLAH", 37_000_000m)],
            result.Budget.Select(b => (b.Name, b.Pagu!.Value)));
        Assert.Equal([Report.Line(6), Report.Line(8), Report.Line(10), Report.Line(12)], result.Budget.Select(b => b.Source.Line));
    }

    [Fact]
    public void Rows_of_empty_cells_between_the_rows_of_a_two_row_header_keep_the_header_whole()
    {
        var result = Report.Extract(
            "Tabel 3.3",
            "Perbandingan Realisasi Kinerja dengan Realisasi Nasional Tahun 2022",
            string.Empty,
            "NO\tINDIKATOR\tREALISASI KINERJA\t\t\tREALISASI NASIONAL\t\t",
            "\t\t\t\t\t\t\t",
            "\t\tTARGET TAHUNAN (%)\tREALISASI TAHUN 2022 (%)\tREALISASI (%)\tTARGET TAHUNAN (%)\tREALISASI TAHUN 2022 (%)\tREALISASI (%)",
            "\t\t\t\t\t\t\t",
            "1\t2\t4\t5\t6\t6\t7\t8",
            "\t\t\t\t\t\t\t",
            "1.\tIndeks Kepuasan Masyarakat\t87\t86,98\t99,98\t-\t-\t-",
            "\t\t\t\t\t\t\t",
            "2.\tPersentase Pelaksanaan Tugas Pemerintahan Umum dan Trantibum\t100\t93,16\t93,16\t-\t-\t-");

        Assert.Equal(
            [("Indeks Kepuasan Masyarakat", IndicatorValueKind.Target, 87m), ("Indeks Kepuasan Masyarakat", IndicatorValueKind.Realization, 86.98m),
                ("Persentase Pelaksanaan Tugas Pemerintahan Umum dan Trantibum", IndicatorValueKind.Target, 100m),
                ("Persentase Pelaksanaan Tugas Pemerintahan Umum dan Trantibum", IndicatorValueKind.Realization, 93.16m)],
            result.Indicators.Where(v => v.Kind != IndicatorValueKind.ReportedCapaian).Select(v => (v.Indicator, v.Kind, v.Value!.Value)));
    }

    [Fact]
    public void A_labelled_heading_of_one_long_cell_between_rows_spaced_by_blank_lines_stays_in_its_table()
    {
        var result = Report.Extract(
            "Tabel 2.2",
            "Target Kinerja Renstra Tahun 2021-2026",
            string.Empty,
            "No\tTujuan/Sasaran/Indikator\tSatuan\tKondisi Awal\tTarget Kinerja Tahun\t\t\t\t\tTarget Akhir",
            string.Empty,
            "\t\t\t(2020)\t2021\t2022\t2023\t2024\t2025\tRenstra (2026)",
            string.Empty,
            "(1)\t(2)\t(3)\t(4)\t(5)\t(6)\t(7)\t(8)\t(9)\t(10)",
            string.Empty,
            "\tTujuan: Meningkatnya Kualitas Manajemen Aparatur Sipil Negara",
            string.Empty,
            "\tIndeks Sistem Merit\tIndeks\t212,50\t230,00\t250,00\t265,00\t280,00\t300,00\t325,00",
            string.Empty,
            "\tPersentase ASN yang Memenuhi Standar\t%\t31,50\t36,00\t40,00\t45,00\t50,00\t55,00\t60,00",
            string.Empty,
            "\tKompetensi Jabatan",
            string.Empty,
            "1\tSasaran: Meningkatnya Profesionalitas dan Kompetensi Aparatur Sipil Negara",
            string.Empty,
            "\tIndeks Profesionalitas ASN\tNilai\t56,20\t58,00\t62,00\t65,00\t68,00\t71,00\t74,00");

        // The sasaran after a name's rest ("Kompetensi Jabatan") past blank lines heads the rows below it too.
        Assert.Equal(
            ["Meningkatnya Kualitas Manajemen Aparatur Sipil Negara", "Meningkatnya Kualitas Manajemen Aparatur Sipil Negara",
                "Meningkatnya Profesionalitas dan Kompetensi Aparatur Sipil Negara"],
            result.Indicators.DistinctBy(v => v.Source.Line).Select(v => v.Goal));
        Assert.Equal(21, result.Indicators.Count);
    }

    private static void AssertBothRealizationsRead(Model.ExtractionResult result)
    {
        var realizations = result.Indicators.Where(v => v.Kind == IndicatorValueKind.Realization).ToList();
        Assert.Equal(["Persentase Pelayanan Administrasi Terpadu yang Tepat Waktu", "Indeks Kepuasan Masyarakat"], realizations.Select(v => v.Indicator));
        Assert.Equal([95m, 82.5m], realizations.Select(v => v.Value));
    }
}
