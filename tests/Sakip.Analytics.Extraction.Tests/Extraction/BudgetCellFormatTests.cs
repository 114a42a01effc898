using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>Budget rows as the converter leaves them: amounts written "10.000.000.-", amounts below a numbered name.</summary>
public class BudgetCellFormatTests
{
    [Fact]
    public void An_amount_closed_with_a_dot_and_dash_is_read_like_one_closed_with_a_comma_and_dash()
    {
        ReadsTheSameThreeLines(
            "1\tPenyediaan Gaji dan Tunjangan ASN\tRp. 1.800.000.000,-\tRp. 1.750.000.000,-\t97,22",
            "2\tPenyediaan Komponen Instalasi Listrik\t10.000.000.-\t9.000.000.-\t90,00",
            "\tJumlah\t1.810.000.000\t1.759.000.000\t97,18");
    }

    [Fact]
    public void An_amount_grouped_by_spaces_is_one_amount()
    {
        ReadsTheSameThreeLines(
            "1\tPenyediaan Gaji dan Tunjangan ASN\t1 800 000 000\t1 750 000 000\t97,22",
            "2\tPenyediaan Komponen Instalasi Listrik\tRp 10 000 000,00\tRp 9 000 000,00\t90,00",
            "\tJumlah\t1 810 000 000\t1 759 000 000\t97,18");
    }

    /// <summary>Two sub kegiatan and their Jumlah, however their amounts are printed: the same pagu and realisasi, adding up.</summary>
    private static void ReadsTheSameThreeLines(params string[] rows)
    {
        var result = Report.Extract(["Tabel 3.26", "Realisasi Anggaran Tahun 2023", "No\tSub Kegiatan\tPagu (Rp)\tRealisasi (Rp)\t%", .. rows]);

        Assert.Equal(
            [(1_800_000_000m, 1_750_000_000m), (10_000_000m, 9_000_000m), (1_810_000_000m, 1_759_000_000m)],
            result.Budget.Select(b => (b.Pagu!.Value, b.Realisasi!.Value)));
        Assert.DoesNotContain(result.Findings, f => f.Kind == Model.FindingKind.SumMismatch);
    }

    [Fact]
    public void A_count_grouped_by_a_space_before_its_unit_is_one_figure()
    {
        var result = Report.Extract(
            "Tabel 3.5",
            "Capaian Kinerja Kegiatan Tahun 2023",
            "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)",
            "1\tJumlah pelayanan administrasi kependudukan yang diproses\t13 000 Berkas\t12 000 Berkas\t92,31");

        Assert.Equal([13_000m, 12_000m, 92.31m], result.Indicators.Select(v => v.Value!.Value));
    }

    [Fact]
    public void A_headerless_list_of_amounts_grouped_by_spaces_is_a_list_of_amounts()
    {
        var result = Report.Extract(
            "Sasaran 1 : Meningkatnya Kualitas Pelayanan Publik",
            "",
            "1\tProgram Penyelenggaraan Pemerintahan dan Pelayanan Publik\tRp.\t35 429 500",
            "1.1\tKoordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan\tRp.\t5 546 900",
            "1.2\tPelaksanaan Urusan Pemerintahan yang Dilimpahkan Kepada Camat\tRp.\t29 882 600",
            "\tJUMLAH\tRp.\t35 429 500");

        Assert.Equal([35_429_500m, 5_546_900m, 29_882_600m, 35_429_500m], result.Budget.Select(b => b.Pagu!.Value));
    }

    [Fact]
    public void A_headerless_list_of_amounts_printed_without_separators_in_a_column_of_currency_cells_is_a_list_of_amounts()
    {
        var result = Report.Extract(
            "Sasaran 1 : Meningkatnya Kualitas Pelayanan Publik",
            "",
            "1\tProgram Penyelenggaraan Pemerintahan dan Pelayanan Publik\tRp.\t35429500",
            "1.1\tKoordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan\t\t5546900",
            "1.2\tPelaksanaan Urusan Pemerintahan yang Dilimpahkan Kepada Camat\t\t29882600",
            "1.3\tPenyelenggaraan Urusan Pemerintahan yang Tidak Dilaksanakan oleh Unsur Kewilayahan\tRp.\t0",
            "\tJUMLAH\tRp.\t35429500");

        Assert.Equal([35_429_500m, 5_546_900m, 29_882_600m, 0m, 35_429_500m], result.Budget.Select(b => b.Pagu!.Value));
    }

    [Fact]
    public void A_currency_set_apart_in_a_cell_of_its_own_goes_back_to_its_amount()
    {
        var result = Report.Extract(
            "Tabel 3.26",
            "Realisasi Anggaran Tahun 2023",
            "No\tSub Kegiatan\tPagu (Rp)\tRealisasi (Rp)\t%",
            "1\tPenyediaan Gaji dan Tunjangan ASN\tRp\t1.800.000.000\tRp\t1.750.000.000\t97,22",
            "2\tPenyediaan Komponen Instalasi Listrik\tRp.\t10.000.000\tRp.\t9.000.000\t90,00",
            "\tJumlah\tRp\t1.810.000.000\tRp\t1.759.000.000\t97,18");

        Assert.Equal(
            [(1_800_000_000m, 1_750_000_000m, 97.22m), (10_000_000m, 9_000_000m, 90.00m), (1_810_000_000m, 1_759_000_000m, 97.18m)],
            result.Budget.Select(b => (b.Pagu!.Value, b.Realisasi!.Value, b.ReportedPercent!.Value)));
    }

    [Fact]
    public void Amounts_printed_below_a_numbered_name_belong_to_that_name()
    {
        var result = Report.Extract(
            "Tabel 3.28",
            "Realisasi Anggaran per Sub Kegiatan Tahun 2023",
            "No\tSub Kegiatan\tPagu (Rp)\tRealisasi (Rp)\t%",
            "1\tKoordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat\t\t\t",
            "\tKecamatan\t120.000.000\t118.000.000\t98,33",
            "2\tPenyelenggaraan Rapat Koordinasi dan Konsultasi SKPD\t\t\t",
            "\t\t35.000.000\t34.000.000\t97,14",
            "3\tFasilitasi Kegiatan Pemberdayaan Masyarakat Desa/Kelurahan\t50.000.000\t45.000.000\t90,00",
            "\tJumlah\t205.000.000\t197.000.000\t96,10");

        Assert.Equal(
            [
                "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan",
                "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
                "Fasilitasi Kegiatan Pemberdayaan Masyarakat Desa/Kelurahan",
                "Jumlah",
            ],
            result.Budget.Select(b => b.Name));
        Assert.Equal([Report.Line(5), Report.Line(7), Report.Line(8), Report.Line(9)], result.Budget.Select(b => b.Source.Line));
    }

    [Fact]
    public void A_numbered_heading_without_amounts_keeps_its_unnumbered_rows_apart()
    {
        var result = Report.Extract(
            "Tabel 3.29",
            "Realisasi Anggaran per Kegiatan dan Sub Kegiatan Tahun 2023",
            "No\tKegiatan/Sub Kegiatan\tPagu (Rp)\tRealisasi (Rp)\t%",
            "1\tAdministrasi Keuangan Perangkat Daerah\t\t\t",
            "\tPenyediaan Gaji dan Tunjangan ASN\t1.800.000.000\t1.750.000.000\t97,22",
            "\tPenyediaan Administrasi Pelaksanaan Tugas ASN\t20.000.000\t19.000.000\t95,00",
            "2\tAdministrasi Umum Perangkat Daerah\t\t\t",
            "\tPenyediaan Jasa Surat Menyurat\t15.000.000\t14.500.000\t96,67");

        Assert.Equal(
            ["Penyediaan Gaji dan Tunjangan ASN", "Penyediaan Administrasi Pelaksanaan Tugas ASN", "Penyediaan Jasa Surat Menyurat"],
            result.Budget.Select(b => b.Name));
    }

    [Fact]
    public void A_percentage_printed_on_a_row_of_bare_rp_signs_stays_with_the_amounts_on_the_line_below()
    {
        var result = Report.Extract(
            "Tabel 3.10",
            "Realisasi Anggaran per Program Tahun 2023",
            "No\tProgram\tAnggaran (Rp)\tRealisasi (Rp)\t%",
            "1\tProgram Penunjang Urusan Pemerintahan Daerah\tRp\tRp\t95,24",
            "\t\t1.000.000.000\t952.400.000\t",
            "2\tProgram Penyelenggaraan Pemerintahan\tRp\tRp\t90,00",
            "\t\t500.000.000\t450.000.000\t",
            "Jumlah\t\t1.500.000.000\t1.402.400.000\t93,49");

        var programs = result.Budget.Where(b => b.Level == BudgetLevel.Program).ToList();
        Assert.Equal([(1_000_000_000m, 95.24m), (500_000_000m, 90.00m)], programs.Select(b => (b.Pagu!.Value, b.ReportedPercent!.Value)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void A_total_printed_as_a_label_line_and_an_amount_line_is_read_across_up_to_two_blank_lines(int blanks)
    {
        var result = Report.Extract(["Jumlah", .. Enumerable.Repeat(string.Empty, blanks), "Rp. 14.463.930.781"]);

        var total = Assert.Single(result.Budget);
        Assert.Equal((14_463_930_781m, Report.Line(2 + blanks)), (total.Pagu!.Value, total.Source.Line));
    }
}
