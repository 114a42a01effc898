using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>Sentences that point at an indicator by its place in the tables ("Indikator kinerja kedua", "IKU 3", "sasaran 2") or by its sasaran's name, and the bare two-digit figures they give it.</summary>
public class ProseNumberedIndicatorTests
{
    private static readonly string[] Table =
    [
        "Tabel 3.1",
        "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
        "1\tMeningkatnya kualitas pelayanan publik kecamatan\tIndeks Kepuasan Masyarakat\tIndeks\t80\t85\t106,25",
        "\tMeningkatnya kualitas pelayanan publik kecamatan\tPersentase pelayanan administrasi yang diselesaikan tepat waktu\t%\t95\t97\t102,11",
        "2\tMeningkatnya partisipasi masyarakat dalam pembangunan\tPersentase usulan musrenbang kelurahan yang terakomodir\t%\t60\t45\t75",
        string.Empty,
        "Indikator kinerja pertama yaitu Indeks Kepuasan Masyarakat dengan realisasi 85.",
    ];

    [Theory]
    [InlineData("Indikator kinerja kedua terealisasi 97% dari target 95%.", "Persentase pelayanan administrasi yang diselesaikan tepat waktu")]
    [InlineData("Indikator ke-3 terealisasi 45% dari target 60%.", "Persentase usulan musrenbang kelurahan yang terakomodir")]
    [InlineData("IKU 3 terealisasi 45% dari target 60%.", "Persentase usulan musrenbang kelurahan yang terakomodir")]
    public void A_numbered_indicator_takes_the_figures_not_the_one_named_before(string sentence, string indicator)
    {
        var result = Report.Extract([.. Table, sentence]);

        var prose = Report.ProseOn(result, Table.Length + 1);
        Assert.Equal(2, prose.Count);
        Assert.All(prose, v => Assert.Equal(indicator, v.Indicator));
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    [Fact]
    public void A_place_beyond_the_indicators_takes_no_figures()
    {
        var result = Report.Extract([.. Table, "Indikator kinerja kelima terealisasi 97% dari target 95%."]);

        Assert.Empty(Report.ProseOn(result, Table.Length + 1));
    }

    [Theory]
    [InlineData("Realisasi Indeks Kepuasan Masyarakat pada tahun 2023 mencapai 85 dari target yang ditetapkan sebesar 80.")]
    [InlineData("Indeks Kepuasan Masyarakat tahun 2023 tercatat 85 dari target 80.")]
    [InlineData("Indeks Kepuasan Masyarakat tahun 2023 berada pada angka 85, di atas target sebesar 80.")]
    [InlineData("Indeks Kepuasan Masyarakat tahun 2023: 85, dengan target 80.")]
    [InlineData("Realisasi Indeks Kepuasan Masyarakat tahun 2023 sebesar 85 dari target yang ditetapkan 80.")]
    [InlineData("Realisasi Indeks Kepuasan Masyarakat tahun 2023 sebesar 85 melampaui target (80).")]
    public void A_two_digit_figure_reached_is_a_value_not_a_count(string sentence)
    {
        var result = Report.Extract([.. Table, sentence]);

        Assert.Equal([(IndicatorValueKind.Realization, 85m), (IndicatorValueKind.Target, 80m)], Report.ProseOn(result, Table.Length + 1).Select(v => (v.Kind, v.Value!.Value)));
    }

    [Fact]
    public void A_figure_targeted_before_the_realisasi_is_the_target()
    {
        var result = Report.Extract([.. Table, "Indeks Kepuasan Masyarakat tahun 2023 ditargetkan 80 dan terealisasi 85,5."]);

        Assert.Equal([(IndicatorValueKind.Target, 80m), (IndicatorValueKind.Realization, 85.5m)], Report.ProseOn(result, Table.Length + 1).Select(v => (v.Kind, v.Value!.Value)));
    }

    [Fact]
    public void An_item_number_after_adalah_is_no_figure()
    {
        var result = Report.Extract([.. Table, "Strategi Indeks Kepuasan Masyarakat adalah: (1) peningkatan kualitas layanan; (2) penguatan manajemen kinerja."]);

        Assert.Empty(Report.ProseOn(result, Table.Length + 1));
    }

    [Fact]
    public void A_two_digit_figure_named_realisasi_is_a_value_not_a_count()
    {
        var result = Report.Extract(Table);

        var realization = Assert.Single(Report.ProseOn(result, Table.Length));
        Assert.Equal(("Indeks Kepuasan Masyarakat", IndicatorValueKind.Realization, 85m), (realization.Indicator, realization.Kind, realization.Value!.Value));
    }

    [Theory]
    [InlineData("Capaian sasaran 2 sebesar 75%.", 1)]
    [InlineData("Capaian sasaran kedua sebesar 75%.", 1)]
    [InlineData("Capaian sasaran 1 sebesar 104,18%.", 0)]
    public void A_numbered_sasaran_gives_its_sole_indicator_or_none_not_the_one_named_before(string sentence, int values)
    {
        var result = Report.Extract([.. Table, sentence]);

        var prose = Report.ProseOn(result, Table.Length + 1);
        Assert.Equal(values, prose.Count);
        Assert.All(prose, v => Assert.Equal("Persentase usulan musrenbang kelurahan yang terakomodir", v.Indicator));
    }

    [Fact]
    public void Sasaran_are_numbered_by_the_tables_that_name_them_even_after_a_table_naming_the_indicators_alone()
    {
        string[] ikuFirst =
        [
            "Tabel 2.1",
            "Indikator Kinerja Utama",
            "No\tIndikator Kinerja\tSatuan\tTarget",
            "1\tPersentase usulan musrenbang kelurahan yang terakomodir\t%\t60",
            "2\tIndeks Kepuasan Masyarakat\tIndeks\t80",
            string.Empty,
            "Tabel 3.1",
            "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tMeningkatnya kualitas pelayanan publik kecamatan\tIndeks Kepuasan Masyarakat\tIndeks\t80\t85\t106,25",
            "2\tMeningkatnya partisipasi masyarakat dalam pembangunan\tPersentase usulan musrenbang kelurahan yang terakomodir\t%\t60\t45\t75",
            string.Empty,
        ];

        var result = Report.Extract([.. ikuFirst, "Capaian sasaran 2 sebesar 75%."]);

        var capaian = Assert.Single(Report.ProseOn(result, ikuFirst.Length + 1));
        Assert.Equal(("Persentase usulan musrenbang kelurahan yang terakomodir", IndicatorValueKind.ReportedCapaian), (capaian.Indicator, capaian.Kind));
    }

    [Theory]
    [InlineData("Capaian sasaran meningkatnya partisipasi masyarakat dalam pembangunan sebesar 75% dengan kategori cukup.")]
    [InlineData("Capaian sasaran 2 sebesar 75% dengan kategori cukup.")]
    [InlineData("Secara umum kinerja kecamatan tahun 2023 baik, dengan capaian sasaran 1 sebesar 104,18%, sasaran 2 sebesar 75% dan sasaran 3 sebesar 83,34%.")]
    [InlineData("Capaian sasaran 1 adalah 104,18% dan sasaran 2 adalah 75%.")]
    [InlineData("Capaian sasaran pertama sebesar 104,18%, sasaran kedua sebesar 75%.")]
    public void A_sasaran_named_or_numbered_alone_or_in_a_list_takes_the_capaian_for_its_sole_indicator_not_the_one_named_before(string sentence)
    {
        var result = Report.Extract([.. Table, sentence]);

        var value = Assert.Single(Report.ProseOn(result, Table.Length + 1));
        Assert.Equal(("Persentase usulan musrenbang kelurahan yang terakomodir", IndicatorValueKind.ReportedCapaian, 75m), (value.Indicator, value.Kind, value.Value!.Value));
    }
}
