using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>A summary sentence listing several indicators' figures, some in the unit's own short words.</summary>
public class ProseEnumerationTests
{
    private static readonly string[] Table =
    [
        "Tabel 3.1 Capaian Kinerja Tahun 2023",
        "No.\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
        "1.\tMeningkatnya Kecepatan Layanan\tWaktu tanggap penanganan kebakaran\tmenit\t15\t13,42\t110,53",
        "2.\tMeningkatnya Partisipasi\tPersentase kelurahan yang memiliki Redkar terlatih\t%\t60\t53,33\t88,88",
        "3.\tMeningkatnya Penanganan\tPersentase Kejadian Kebakaran yang Tertangani Sesuai Standar Waktu Tanggap\t%\t88,00\t88,21\t100,24",
        "4.\tMeningkatnya Layanan\tIndeks Kepuasan Masyarakat\tIndeks\t82,00\t83,10\t101,34",
        "5.\tMeningkatnya Cakupan\tCakupan Pelayanan Bencana Kebakaran Kabupaten\t%\t62,00\t60,40\t97,42",
        string.Empty,
    ];

    private const string Summary =
        "Dari 5 (lima) Indikator Kinerja Utama, seluruhnya memperoleh kategori Sangat Baik, dengan rata-rata tanggap darurat 13,42 menit (capaian 110,53%), " +
        "persentase kelurahan yang memiliki Redkar terlatih 53,33% (capaian 88,88%), kejadian kebakaran tertangani sesuai standar 88,21%, IKM 83,10 dengan mutu pelayanan B (Baik).";

    private static List<ExtractedIndicatorValue> Prose(ExtractionResult result) => [.. result.Indicators.Where(v => v.Source.IsProse)];

    [Fact]
    public void A_figure_before_every_named_indicator_and_a_clause_away_from_it_is_not_that_indicators()
    {
        var result = Report.ExtractOfDinas([.. Table, Summary]);

        Assert.DoesNotContain(Prose(result), v => v.Indicator.Contains("Redkar", StringComparison.Ordinal) && v.Value is 110.53m or 13.42m);
        Assert.Contains(Prose(result), v => v is { Kind: IndicatorValueKind.Realization, Value: 53.33m } && v.Indicator.Contains("Redkar", StringComparison.Ordinal));
    }

    [Fact]
    public void A_clause_naming_another_indicator_in_its_own_words_gives_its_figure_to_that_one()
    {
        var result = Report.ExtractOfDinas([.. Table, Summary]);

        Assert.Contains(Prose(result), v => v is { Kind: IndicatorValueKind.Realization, Value: 88.21m } && v.Indicator.StartsWith("Persentase Kejadian", StringComparison.Ordinal));
        Assert.DoesNotContain(Prose(result), v => v.Value == 88.21m && v.Indicator.Contains("Redkar", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    [Fact]
    public void A_figure_opening_a_sentence_of_several_indicators_is_of_the_one_its_clause_names_in_its_own_words()
    {
        var result = Report.ExtractOfDinas([.. Table,
            "Cakupan pelayanan bencana kebakaran mencapai 60,40% dari target 62,00%, sedangkan Indeks Kepuasan Masyarakat mencapai 83,10 dan persentase kelurahan yang memiliki Redkar terlatih 53,33%."]);

        Assert.Contains(Prose(result), v => v is { Kind: IndicatorValueKind.Realization, Value: 60.40m } && v.Indicator.StartsWith("Cakupan", StringComparison.Ordinal));
        Assert.Contains(Prose(result), v => v is { Kind: IndicatorValueKind.Target, Value: 62.00m } && v.Indicator.StartsWith("Cakupan", StringComparison.Ordinal));
        Assert.DoesNotContain(Prose(result), v => v.Value is 60.40m or 62.00m && !v.Indicator.StartsWith("Cakupan", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_opening_on_efficiency_gives_no_indicator_its_efficiencies()
    {
        var result = Report.ExtractOfDinas([.. Table,
            "Efisiensi tertinggi terdapat pada indikator Waktu tanggap penanganan kebakaran, yaitu 12,27, sedangkan terendah pada indikator Indeks Kepuasan Masyarakat sebesar 1,31."]);

        Assert.Empty(Prose(result));
    }
}
