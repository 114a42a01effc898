using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>Rupiah a kecamatan reports that are no budget it spends: revenue it collects (PBB, retribusi) and rates.</summary>
public class BudgetRevenueTests
{
    [Theory]
    [InlineData("Realisasi penerimaan PBB-P2 Kecamatan Teluk Indah tahun 2023 sebesar Rp 1.234.567.890 dari target sebesar Rp 1.500.000.000 atau 82,30%.")]
    [InlineData("Target penerimaan Pajak Bumi dan Bangunan pada tahun 2023 sebesar Rp. 1.500.000.000,- dan terealisasi sebesar Rp. 1.234.567.890,-.")]
    [InlineData("Retribusi yang berhasil dipungut pada tahun 2023 sebesar Rp 45.600.000.")]
    public void Revenue_collected_stated_in_a_sentence_is_no_budget_line(string sentence)
    {
        var result = Report.Extract(sentence);

        Assert.Empty(result.Budget);
    }

    [Fact]
    public void A_sentence_about_the_whole_apbd_naming_pendapatan_is_still_read()
    {
        var result = Report.Extract(
            "Kecamatan Teluk Indah mendapat alokasi Anggaran Pendapatan dan Belanja Daerah tahun 2023 sebesar Rp 3.456.789.000.");

        Assert.Equal(3_456_789_000m, Assert.Single(result.Budget).Pagu);
    }

    [Fact]
    public void A_table_of_tax_collected_per_kelurahan_against_its_target_is_no_budget_table()
    {
        var result = Report.Extract(
            "Tabel 3.5",
            "Realisasi Penerimaan PBB per Kelurahan Tahun 2023",
            "No\tKelurahan\tTarget (Rp)\tRealisasi (Rp)\t%",
            "1\tKelurahan Sukajaya\t500.000.000\t400.000.000\t80,00",
            "2\tKelurahan Sukamaju\t1.000.000.000\t834.567.890\t83,46",
            "\tJumlah\t1.500.000.000\t1.234.567.890\t82,30");

        Assert.Empty(result.Budget);
    }

    [Theory]
    [InlineData("Anggaran per kapita penduduk sebesar Rp 45.000 per orang.")]
    [InlineData("Biaya pelayanan per dokumen rata-rata sebesar Rp 12.500,-.")]
    [InlineData("Honorarium RT sebesar Rp 500.000/bulan diberikan kepada 120 orang Ketua RT.")]
    public void A_rate_or_an_average_in_rupiah_is_no_budget_line(string sentence)
    {
        Assert.Empty(Report.Extract(sentence).Budget);
    }

    [Fact]
    public void An_amount_dated_per_31_desember_is_still_read()
    {
        var result = Report.Extract("Realisasi anggaran Kecamatan Teluk Indah sebesar Rp 3.210.000.000 per 31 Desember 2023.");

        Assert.Equal(3_210_000_000m, Assert.Single(result.Budget).Realisasi);
    }
}
