using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>Sentences about the budget as kecamatan and dinas LKjIPs write them: savings, earlier years, revisions.</summary>
public class ProseBudgetGenreTests
{
    [Theory]
    [InlineData("Efisiensi anggaran yang dicapai sebesar Rp 246.789.000 atau 7,14% dari total pagu.")]
    [InlineData("Penghematan anggaran sebesar Rp. 246.789.000,- berasal dari sisa pengadaan barang dan jasa.")]
    [InlineData("Dengan demikian terdapat efisiensi sebesar Rp 246.789.000 yang akan dikembalikan ke kas daerah.")]
    public void A_saving_stated_in_rupiah_is_no_pagu(string sentence)
    {
        var result = Report.Extract(
            "Pada tahun 2023 Kecamatan Teluk Indah mendapat alokasi anggaran sebesar Rp 3.456.789.000 dan terealisasi sebesar Rp 3.210.000.000 atau 92,86%.",
            sentence);

        var line = Assert.Single(result.Budget);
        Assert.Equal((3_456_789_000m, 3_210_000_000m), (line.Pagu, line.Realisasi));
        Assert.DoesNotContain(result.Findings, f => f.Kind == Model.FindingKind.TableVsText);
    }

    [Theory]
    [InlineData("Jumlah kerugian akibat kebakaran sebesar Rp 3.990.000.000 atau turun 12% dibandingkan tahun 2022.")]
    [InlineData("Nilai aset yang berhasil diselamatkan sebesar Rp 12.500.000.000.")]
    public void Losses_and_assets_saved_are_no_budget(string sentence)
    {
        var result = Report.Extract(sentence);

        Assert.Empty(result.Budget);
    }

    [Theory]
    [InlineData("Pada tahun 2023 telah dibangun 1 pos pemadam baru di Kelurahan Landasan Ulin dengan anggaran Rp 2.100.000.000.")]
    [InlineData("Pengadaan 2 unit mobil pemadam kebakaran senilai Rp 3.400.000.000 telah selesai pada bulan November 2023.")]
    [InlineData("Dinas juga melakukan rehabilitasi gedung pos pemadam dengan biaya sebesar Rp 450.000.000.")]
    public void The_cost_of_something_built_or_bought_is_no_budget_line(string sentence)
    {
        var result = Report.Extract(sentence);

        Assert.Empty(result.Budget);
    }

    [Theory]
    [InlineData("Anggaran untuk survei kepuasan masyarakat sebesar Rp 15.000.000 terealisasi 100%.")]
    [InlineData("Bantuan sosial yang disalurkan kepada 150 KK senilai Rp 450.000.000.")]
    [InlineData("Biaya pelatihan relawan kebakaran sebesar Rp 75.000.000 bersumber dari dana hibah.")]
    public void An_amount_whose_words_do_not_speak_of_the_budget_or_speak_of_what_it_pays_for_is_no_budget_line(string sentence)
    {
        var result = Report.Extract(
            "Pada tahun 2023 Kecamatan Teluk Indah mendapat alokasi anggaran sebesar Rp 3.456.789.000 dan terealisasi sebesar Rp 3.210.000.000 atau 92,86%.",
            sentence);

        Assert.Equal((3_456_789_000m, 3_210_000_000m), (Assert.Single(result.Budget).Pagu, result.Budget[0].Realisasi));
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void A_program_named_for_building_keeps_its_budget()
    {
        var result = Report.Extract("Program Pembangunan Pos Pemadam Kebakaran dengan anggaran sebesar Rp 2.100.000.000 terealisasi Rp 2.000.000.000.");

        Assert.Equal((2_100_000_000m, 2_000_000_000m), (Assert.Single(result.Budget).Pagu, result.Budget[0].Realisasi));
    }

    [Fact]
    public void A_pagu_named_after_the_word_efisiensi_is_still_read()
    {
        var result = Report.Extract(
            "Dalam rangka efisiensi, Kecamatan Teluk Indah menganggarkan belanja sebesar Rp 3.456.789.000 pada tahun 2023.");

        Assert.Equal(3_456_789_000m, Assert.Single(result.Budget).Pagu);
    }

    [Fact]
    public void An_amount_whose_words_name_an_earlier_year_is_that_years_budget()
    {
        var result = Report.Extract(
            "Realisasi anggaran sampai dengan 31 Desember 2023 sebesar Rp. 3.210.000.000,- atau 92,86% dari pagu Rp. 3.456.789.000,-, lebih tinggi dibandingkan realisasi tahun 2022 sebesar Rp. 2.900.000.000,- atau 90,12%.",
            "Anggaran tahun 2022 sebesar Rp 3.218.000.000 dengan realisasi Rp 2.900.000.000.",
            "Anggaran Kecamatan Teluk Indah mengalami penurunan dari Rp 3.600.000.000 pada tahun 2021 menjadi Rp 3.456.789.000 pada tahun 2023.");

        Assert.Equal(
            [(2023, 3_456_789_000m, 3_210_000_000m), (2022, null, 2_900_000_000m), (2022, 3_218_000_000m, 2_900_000_000m), (2021, 3_600_000_000m, null), (2023, 3_456_789_000m, null)],
            result.Budget.Select(b => (b.Year, b.Pagu, b.Realisasi)));
    }

    [Fact]
    public void A_sub_kegiatan_named_with_its_pagu_is_its_own_line_and_not_the_whole_budget()
    {
        var result = Report.Extract(
            "Realisasi anggaran Kecamatan Teluk Indah tahun 2023 sebesar Rp 3.210.000.000 dari pagu Rp 3.456.789.000.",
            "Sub kegiatan Penyediaan Gaji dan Tunjangan ASN dengan pagu Rp 1.800.000.000 terealisasi Rp 1.750.000.000 atau 97,22%.");

        var line = result.Budget.Single(b => b.Source.Line == Report.Line(2));
        Assert.Equal(("Penyediaan Gaji dan Tunjangan ASN", BudgetLevel.SubKegiatan), (line.Name, line.Level));
        Assert.Equal((1_800_000_000m, 1_750_000_000m), (line.Pagu, line.Realisasi));
        Assert.DoesNotContain(result.Findings, f => f.Kind == Model.FindingKind.TableVsText);
    }

    [Theory]
    [InlineData("Dana Kelurahan tahun 2023 sebesar Rp 1.500.000.000 terealisasi Rp 1.450.000.000 atau 96,67%.", 1_450_000_000L)]
    [InlineData("Alokasi Dana Kelurahan untuk 5 kelurahan sebesar Rp 1.500.000.000.", null)]
    [InlineData("Dana Kelurahan tahun 2023 dialokasikan sebesar Rp 1.500.000.000,- untuk 11 kelurahan dengan realisasi Rp 1.450.000.000,- (96,67%).", 1_450_000_000L)]
    [InlineData("Dana Kelurahan tahun 2023 sebesar Rp 1.500.000.000 bagi seluruh kelurahan dan terealisasi Rp 1.450.000.000 atau 96,67%.", 1_450_000_000L)]
    public void An_earmarked_fund_such_as_dana_kelurahan_is_part_of_the_budget_not_the_whole_and_keeps_its_realisasi(string sentence, long? realisasi)
    {
        var result = Report.Extract(
            "Realisasi anggaran Kecamatan Teluk Indah tahun 2023 sebesar Rp 4.512.300.000 dari pagu Rp 4.800.000.000 atau 94,01%.",
            string.Empty,
            sentence);

        var fund = Assert.Single(result.Budget, b => b.Source.Line == Report.Line(3));
        Assert.NotEqual(Sakip.Analytics.Extraction.Audit.ReportAuditor.WholeBudgetName, fund.Name);
        Assert.Equal((1_500_000_000m, (decimal?)realisasi), (fund.Pagu, fund.Realisasi));
        Assert.DoesNotContain(result.Findings, f => f.Kind == Model.FindingKind.TableVsText);
    }
}
