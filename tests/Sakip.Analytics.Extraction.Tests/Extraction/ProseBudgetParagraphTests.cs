using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>The whole budget told over several sentences of one paragraph.</summary>
public class ProseBudgetParagraphTests
{
    [Theory]
    [InlineData("Pada Tahun Anggaran 2023 Kecamatan Teluk Indah mendapat alokasi anggaran sebesar Rp 4.512.300.000,-. Realisasi anggaran sampai dengan 31 Desember 2023 sebesar Rp 4.301.250.500,- atau 95,32%.")]
    [InlineData("Kecamatan Teluk Indah pada Tahun Anggaran 2023 mendapat alokasi anggaran sebesar Rp 4.512.300.000,- yang terdiri dari Belanja Pegawai sebesar Rp 2.800.000.000,- dan Belanja Barang dan Jasa sebesar Rp 1.712.300.000,-. Realisasi anggaran sampai dengan 31 Desember 2023 sebesar Rp 4.301.250.500,- atau 95,32%.")]
    [InlineData("Anggaran Kecamatan Teluk Indah tahun 2023 sebesar Rp 4.512.300.000,-. Dari anggaran tersebut terealisasi sebesar Rp 4.301.250.500,-.")]
    public void The_pagu_in_one_sentence_and_the_realisasi_in_the_next_are_one_line_of_the_whole_budget(string paragraph)
    {
        var result = Report.Extract(paragraph);

        var whole = Assert.Single(result.Budget, b => b.Level == BudgetLevel.Total);
        Assert.Equal((4_512_300_000m, 4_301_250_500m), (whole.Pagu!.Value, whole.Realisasi!.Value));
        Assert.Equal(BudgetStage.RealisasiReport, whole.Stage);
    }

    [Theory]
    [InlineData("Pagu anggaran pada APBD murni sebesar Rp 4.512.300.000,- dan setelah Perubahan APBD menjadi Rp 4.612.300.000,-. Realisasi anggaran sebesar Rp 4.301.250.500,- atau 93,26%.", 4_612_300_000)]
    [InlineData("Anggaran tahun 2023 sebesar Rp 4.512.300.000,-. Realisasi anggaran sebesar Rp 4.301.250.500,- atau 90,00% dari pagu perubahan.", null)]
    [InlineData("Anggaran tahun 2023 sebesar Rp 4.512.300.000,-. Realisasi tahun 2022 sebesar Rp 4.301.250.500,-.", null)]
    [InlineData("Anggaran tahun 2023 sebesar Rp 4.512.300.000,-. Realisasi anggaran sebesar Rp 4.301.250.500,- atau 95,50%.", null)]
    [InlineData("Anggaran tahun 2023 sebesar Rp 9.000.000.000,-. Dari anggaran tersebut terealisasi Rp 4.301.250.500,- untuk belanja pegawai.", null)]
    public void A_realisasi_joins_only_the_pagu_its_percentage_and_year_fit(string paragraph, long? joinedPagu)
    {
        var result = Report.Extract(paragraph);

        var realisasi = Assert.Single(result.Budget, b => b.Realisasi == 4_301_250_500m);
        Assert.Equal(joinedPagu, (long?)realisasi.Pagu);
    }
}
