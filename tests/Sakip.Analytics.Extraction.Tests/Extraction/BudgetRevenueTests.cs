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

    [Fact]
    public void The_jumlah_of_retribusi_collected_against_its_target_is_no_budget_total()
    {
        var result = Report.Extract(
            "Tabel 3.11",
            "Target dan Realisasi Pendapatan Tahun 2023",
            "No\tUraian\tTarget (Rp)\tRealisasi (Rp)\t%",
            "1\tRetribusi Persampahan/Kebersihan\t120.000.000\t98.450.000\t82,04",
            "2\tRetribusi Pelayanan Pasar\t45.000.000\t41.300.000\t91,78",
            "\tJumlah\t165.000.000\t139.750.000\t84,70");

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

    [Fact]
    public void Revenue_rows_under_anggaran_and_realisasi_headings_are_no_budget_lines()
    {
        var result = Report.Extract(
            "Tabel 3.14",
            "Anggaran dan Realisasi Pendapatan Tahun 2023",
            "No\tUraian\tAnggaran (Rp)\tRealisasi (Rp)\t%",
            "1\tPendapatan Retribusi Daerah\t100.000.000\t110.000.000\t110,00",
            "2\tLain-lain PAD yang Sah\t20.000.000\t22.000.000\t110,00",
            "\tJumlah\t120.000.000\t132.000.000\t110,00");

        Assert.Empty(result.Budget);
    }

    [Fact]
    public void A_table_of_pendapatan_and_belanja_keeps_only_its_belanja_rows()
    {
        var result = Report.Extract(
            "Tabel 3.15",
            "Ringkasan Realisasi Anggaran Tahun 2023",
            "Kode Rekening\tUraian\tAnggaran (Rp)\tRealisasi (Rp)\t%",
            "4\tPENDAPATAN DAERAH\t100.000.000\t110.000.000\t110,00",
            "4.1.02\tRetribusi Daerah\t100.000.000\t110.000.000\t110,00",
            "5\tBELANJA DAERAH\t4.250.000.000\t4.037.500.000\t95,00",
            "5.1\tBELANJA OPERASI\t4.000.000.000\t3.800.000.000\t95,00",
            "5.2\tBELANJA MODAL\t250.000.000\t237.500.000\t95,00",
            "\tSURPLUS/(DEFISIT)\t(4.150.000.000)\t(3.927.500.000)\t");

        Assert.Equal(["BELANJA DAERAH", "BELANJA OPERASI", "BELANJA MODAL"], result.Budget.Select(b => b.Name));
        Assert.DoesNotContain(result.Findings, f => f.Kind == Model.FindingKind.SumMismatch);
    }

    [Fact]
    public void Under_sumber_dana_pendapatan_asli_daerah_is_where_the_money_spent_came_from()
    {
        var result = Report.Extract(
            "Tabel 3.8",
            "Realisasi Anggaran per Sumber Dana Tahun 2023",
            "No\tSumber Dana\tPagu (Rp)\tRealisasi (Rp)\t%",
            "1\tPendapatan Asli Daerah (PAD)\t1.200.000.000\t1.150.000.000\t95,83",
            "2\tDana Alokasi Umum (DAU)\t2.300.000.000\t2.250.000.000\t97,83",
            "\tJumlah\t3.500.000.000\t3.400.000.000\t97,14");

        Assert.Equal([1_200_000_000m, 2_300_000_000m, 3_500_000_000m], result.Budget.Select(b => b.Pagu!.Value));
        Assert.DoesNotContain(result.Findings, f => f.Kind == Model.FindingKind.SumMismatch);
    }
}
