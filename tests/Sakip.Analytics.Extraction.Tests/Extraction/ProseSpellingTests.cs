using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>An indicator named in the prose otherwise than its table names it: in another spelling, or by what it counts.</summary>
public class ProseSpellingTests
{
    private static readonly string[] Table =
    [
        "Tabel 3.2",
        "No.\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
        "1.\tMeningkatnya Ketertiban\tJumlah Kejadian Gangguan Ketenteraman dan Ketertiban Umum\tKasus\t24\t19\t120,83",
        "2.\tMenurunnya Kerawanan\tPersentase Desa dengan Resiko Bencana yang Terpetakan\t%\t80\t85,00\t106,25",
        string.Empty,
    ];

    private static List<ExtractedIndicatorValue> Prose(ExtractionResult result, int line) =>
        [.. result.Indicators.Where(v => v.Source.IsProse && v.Source.Line == Report.Line(line))];

    [Fact]
    public void An_indicator_is_found_under_either_spelling_of_its_words()
    {
        var result = Report.Extract(
        [
            .. Table,
            "Jumlah kejadian gangguan ketentraman dan ketertiban umum tercatat 19 kasus, lebih rendah dari batas target 24 kasus.",
            "Persentase desa dengan risiko bencana yang terpetakan tahun 2023 sebesar 85,00%.",
        ]);

        var first = Prose(result, 6);
        Assert.Contains(first, v => v is { Kind: IndicatorValueKind.Realization, Value: 19m });
        Assert.Contains(first, v => v is { Kind: IndicatorValueKind.Target, Value: 24m });
        Assert.All(first, v => Assert.Equal("Jumlah Kejadian Gangguan Ketenteraman dan Ketertiban Umum", v.Indicator));
        var second = Assert.Single(Prose(result, 7));
        Assert.Equal(("Persentase Desa dengan Resiko Bencana yang Terpetakan", 85.00m), (second.Indicator, second.Value!.Value));
    }

    [Fact]
    public void A_count_of_the_things_a_jumlah_indicator_counts_is_its_value_and_the_parts_listed_after_it_are_not()
    {
        var result = Report.Extract(
        [
            .. Table,
            "d. Jumlah Kejadian Gangguan Ketenteraman dan Ketertiban Umum",
            string.Empty,
            "Sepanjang tahun 2023 tercatat 19 kejadian gangguan ketenteraman di wilayah kecamatan, terdiri atas 7 kasus perkelahian dan 12 kasus pencurian. Jumlah ini berada di bawah batas target 24 kasus.",
        ]);

        var prose = Prose(result, 8);
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Realization, Value: 19m, Year: 2023 });
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Target, Value: 24m });
        Assert.Equal(2, prose.Count);
    }

    [Theory]
    [InlineData("Persentase penanganan pelanggaran Perda", "Persentase penanganan pelanggaran Peraturan Daerah tahun 2023 sebesar 86% dari target 80%.")]
    [InlineData("Persentase penanganan gangguan trantibum", "Persentase penanganan gangguan ketentraman dan ketertiban umum tahun 2023 sebesar 86% dari target 80%.")]
    public void A_name_with_its_abbreviation_written_out_names_the_indicator(string tableName, string sentence)
    {
        var result = Report.Extract(
        [
            "Tabel 3.1",
            "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tPersentase kejadian kebakaran yang tertangani tepat waktu\t%\t90\t92,5\t102,78",
            $"2\t{tableName}\t%\t80\t85\t106,25",
            string.Empty,
            "Persentase kejadian kebakaran yang tertangani tepat waktu tahun 2023 sebesar 92,5%.",
            sentence,
        ]);

        Assert.Equal(
            [(tableName, IndicatorValueKind.Realization, 86m), (tableName, IndicatorValueKind.Target, 80m)],
            Prose(result, 7).Select(v => (v.Indicator, v.Kind, v.Value!.Value)));
    }

    [Fact]
    public void A_short_name_without_its_measure_word_names_the_indicator_not_the_one_before()
    {
        var result = Report.Extract(
        [
            "Tabel 3.1",
            "No\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tMeningkatnya pelayanan\tPersentase layanan administrasi kependudukan yang diselesaikan tepat waktu\t%\t95\t96,2\t101,26",
            "2\tMeningkatnya ketertiban\tJumlah kasus gangguan trantibum\tKasus\t20\t14\t130",
            string.Empty,
            "Layanan administrasi kependudukan yang diselesaikan tepat waktu pada tahun 2023 sebesar 96,2%. Kasus gangguan trantibum sepanjang tahun 2023 tercatat 16 kasus, lebih rendah dari target 20 kasus sehingga capaian 130%.",
        ]);

        var prose = Prose(result, 6);
        Assert.Equal(
            [("Jumlah kasus gangguan trantibum", IndicatorValueKind.Realization, 16m), ("Jumlah kasus gangguan trantibum", IndicatorValueKind.Target, 20m), ("Jumlah kasus gangguan trantibum", IndicatorValueKind.ReportedCapaian, 130m)],
            prose.Where(v => v.Value != 96.2m).Select(v => (v.Indicator, v.Kind, v.Value!.Value)).ToList());
    }

    [Fact]
    public void A_name_without_its_measure_word_and_split_by_an_aside_in_brackets_still_names_the_indicator()
    {
        var result = Report.Extract(
        [
            "Tabel 3.2",
            "No.\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1.\tMeningkatnya Layanan\tIndeks Kepuasan Masyarakat\tIndeks\t82,00\t84,28\t102,78",
            "2.\tMeningkatnya Layanan\tPersentase Layanan Administrasi Kepegawaian yang Diselesaikan Tepat Waktu\t%\t90,00\t92,36\t102,62",
            string.Empty,
            "Indeks Kepuasan Masyarakat tahun 2023 sebesar 84,28. Layanan administrasi kepegawaian (kenaikan pangkat, pensiun, cuti dan izin belajar) yang diselesaikan tepat waktu mencapai 92,36% dari target 90%.",
        ]);

        var figures = Prose(result, 6).Where(v => v.Value is 92.36m or 90m).ToList();
        Assert.Equal(2, figures.Count);
        Assert.All(figures, v => Assert.Equal("Persentase Layanan Administrasi Kepegawaian yang Diselesaikan Tepat Waktu", v.Indicator));
    }

    [Fact]
    public void An_acronym_of_a_name_with_the_word_before_it_names_the_indicator_and_an_items_number_is_no_figure()
    {
        var result = Report.Extract(
        [
            "Tabel 3.2",
            "No.\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1.\tMeningkatnya Layanan\tIndeks Kepuasan Masyarakat\tIndeks\t84,00\t85,14\t101,36",
            "2.\tMeningkatnya Layanan\tPersentase Layanan PATEN yang Diselesaikan Tepat Waktu\t%\t95\t96,40\t101,47",
            string.Empty,
            "IKM Kecamatan Teluk Indah sebesar 85,14. Pada indikator layanan PATEN, Kecamatan Tanjung Jaya belum mencapai target dengan realisasi 93,80%.",
            "Strategi yang ditempuh adalah: (1) peningkatan kualitas layanan PATEN; (2) penguatan akuntabilitas.",
        ]);

        var value = Assert.Single(Prose(result, 6), v => v.Value == 93.80m);
        Assert.Equal(("Persentase Layanan PATEN yang Diselesaikan Tepat Waktu", "Kecamatan Tanjung Jaya"), (value.Indicator, value.Unit));
        Assert.Empty(Prose(result, 7));
    }

    [Fact]
    public void A_few_words_of_a_name_after_the_word_indikator_name_the_one_indicator_that_has_them()
    {
        var result = Report.Extract(
        [
            "Tabel 3.2",
            "No.\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1.\tMeningkatnya Profesionalitas\tIndeks Profesionalitas ASN\tNilai\t62,00\t60,85\t98,15",
            "2.\tMeningkatnya Disiplin\tPersentase ASN yang Dijatuhi Hukuman Disiplin\t%\t0,75\t0,84\t88,00",
            string.Empty,
            "Indeks Profesionalitas ASN hanya pada tahun 2021 berhasil melampaui target. Untuk indikator hukuman disiplin, capaian tahun 2023 turun menjadi 88,00% dari 104,71% pada tahun 2022.",
        ]);

        var prose = Prose(result, 6);
        Assert.Equal(2, prose.Count);
        Assert.All(prose, v => Assert.Equal("Persentase ASN yang Dijatuhi Hukuman Disiplin", v.Indicator));
    }
}
