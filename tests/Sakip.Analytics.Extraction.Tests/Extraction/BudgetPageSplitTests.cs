using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>Budget tables split over pages: the running sums carried from one page to the next are no budget lines.</summary>
public class BudgetPageSplitTests
{
    [Fact]
    public void Sums_carried_over_a_page_break_are_no_budget_lines_and_the_closing_total_adds_up()
    {
        var result = Report.Extract(
            "Tabel 3.16",
            "Realisasi Anggaran per Sub Kegiatan Tahun 2023",
            "No\tSub Kegiatan\tPagu (Rp)\tRealisasi (Rp)\t%",
            "1\tPenyediaan Gaji dan Tunjangan ASN\t1.800.000.000\t1.750.000.000\t97,22",
            "2\tPenyediaan Jasa Surat Menyurat\t15.000.000\t14.500.000\t96,67",
            "\tJumlah halaman ini\t1.815.000.000\t1.764.500.000\t97,22",
            string.Empty,
            "Laporan Kinerja Kecamatan Teluk Indah 2023\t31",
            string.Empty,
            "No\tSub Kegiatan\tPagu (Rp)\tRealisasi (Rp)\t%",
            "\tJumlah dipindahkan\t1.815.000.000\t1.764.500.000\t97,22",
            "3\tPenyediaan Komponen Instalasi Listrik\t10.000.000\t9.000.000\t90,00",
            "\tJumlah\t1.825.000.000\t1.773.500.000\t97,18");

        Assert.Equal(
            ["Penyediaan Gaji dan Tunjangan ASN", "Penyediaan Jasa Surat Menyurat", "Penyediaan Komponen Instalasi Listrik", "Jumlah"],
            result.Budget.Select(b => b.Name));
        Assert.DoesNotContain(result.Findings, f => f.Kind == Model.FindingKind.SumMismatch);
    }

    [Fact]
    public void A_header_printed_twice_on_each_page_still_joins_the_pages_into_one_table()
    {
        const string header = "No\tSub Kegiatan\tPagu (Rp)\tRealisasi (Rp)\t%";
        var result = Report.Extract(
            "Tabel 3.16",
            "Realisasi Anggaran per Sub Kegiatan Tahun 2023",
            header,
            header,
            "1\tPenyediaan Gaji dan Tunjangan ASN\t1.800.000.000\t1.750.000.000\t97,22",
            "2\tPenyediaan Jasa Surat Menyurat\t15.000.000\t14.500.000\t96,67",
            string.Empty,
            "Laporan Kinerja Kecamatan Teluk Indah 2023\t31",
            string.Empty,
            "Tabel 3.16 (lanjutan)",
            header,
            header,
            "3\tPenyediaan Komponen Instalasi Listrik\t10.000.000\t9.000.000\t90,00",
            "\tJumlah\t1.815.000.000\t1.773.500.000\t97,71");

        Assert.Equal(
            ["Penyediaan Gaji dan Tunjangan ASN", "Penyediaan Jasa Surat Menyurat", "Penyediaan Komponen Instalasi Listrik", "Jumlah"],
            result.Budget.Select(b => b.Name));
        var sum = Assert.Single(result.Findings, f => f.Kind == Model.FindingKind.SumMismatch);
        Assert.Equal(1_825_000_000m, sum.Expected.Value);
    }

    [Fact]
    public void A_two_row_header_printed_again_with_a_blank_line_between_its_rows_still_joins_the_pages()
    {
        var result = Report.Extract(
            "Tabel 3.16",
            "Realisasi Anggaran per Sub Kegiatan Tahun 2023",
            "Kode\tSub Kegiatan\tPagu (Rp)\tRealisasi\t",
            string.Empty,
            "\t\t\tRealisasi (Rp)\t%",
            string.Empty,
            "7.01.01.1.01\tPenyediaan Gaji dan Tunjangan ASN\t1.800.000.000\t1.750.000.000\t97,22",
            string.Empty,
            "7.01.01.1.02\tPenyediaan Jasa Surat Menyurat\t15.000.000\t14.500.000\t96,67",
            string.Empty,
            "Laporan Kinerja Kecamatan Teluk Indah 2023",
            "31",
            string.Empty,
            "Tabel 3.16 (lanjutan)",
            "Kode\tSub Kegiatan\tPagu (Rp)\tRealisasi\t",
            string.Empty,
            "\t\t\tRealisasi (Rp)\t%",
            string.Empty,
            "7.01.01.1.03\tPenyediaan Komponen Instalasi Listrik\t10.000.000\t9.000.000\t90,00",
            string.Empty,
            "\tJumlah\t1.815.000.000\t1.773.500.000\t97,71");

        Assert.Equal(4, result.Budget.Count);
        var sum = Assert.Single(result.Findings, f => f.Kind == Model.FindingKind.SumMismatch);
        Assert.Equal(1_825_000_000m, sum.Expected.Value);
    }

    [Theory]
    [InlineData("Jumlah yang dipindahkan")]
    [InlineData("Pindahan dari halaman sebelumnya")]
    [InlineData("Jumlah s/d halaman ini")]
    [InlineData("Jumlah Pindahan")]
    [InlineData("Jumlah Halaman Sebelumnya")]
    public void A_carried_sum_in_any_wording_is_no_budget_line(string label)
    {
        var result = Report.Extract(
            "Tabel 3.22",
            "Realisasi Anggaran per Sub Kegiatan Tahun 2023",
            "No\tSub Kegiatan\tPagu (Rp)\tRealisasi (Rp)\t%",
            "1\tPenyediaan Gaji dan Tunjangan ASN\t1.800.000.000\t1.750.000.000\t97,22",
            $"\t{label}\t1.800.000.000\t1.750.000.000\t97,22",
            "2\tPenyediaan Jasa Surat Menyurat\t15.000.000\t14.500.000\t96,67",
            "\tJumlah\t1.815.000.000\t1.764.500.000\t97,22");

        Assert.Equal(3, result.Budget.Count);
        Assert.DoesNotContain(result.Findings, f => f.Kind == Model.FindingKind.SumMismatch);
    }
}
