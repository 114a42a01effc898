using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>A whole number in the unit the indicator is measured in ("12 menit") is its value after the words that introduce one.</summary>
public class ProseMeasuredValueTests
{
    private static readonly string[] Table =
    [
        "Tabel 3.1",
        "No\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
        "1\tMeningkatnya kualitas pelayanan penanggulangan kebakaran\tWaktu tanggap (response time) penanganan kebakaran\tMenit\t15\t12\t125",
        string.Empty,
    ];

    private static List<ExtractedIndicatorValue> Prose(ExtractionResult result, int line) =>
        [.. result.Indicators.Where(v => v.Source.IsProse && v.Source.Line == Report.Line(line))];

    [Theory]
    [InlineData("Waktu tanggap (response time) penanganan kebakaran pada tahun 2023 rata-rata 12 menit dari target 15 menit.")]
    [InlineData("Waktu tanggap (response time) penanganan kebakaran pada tahun 2023 yaitu 12 menit dari target 15 menit.")]
    [InlineData("Waktu tanggap (response time) penanganan kebakaran tahun 2023 tercapai 12 menit, lebih cepat dari target 15 menit.")]
    [InlineData("Waktu tanggap (response time) penanganan kebakaran tahun 2023 hanya 12 menit dari target 15 menit.")]
    [InlineData("Waktu tanggap (response time) penanganan kebakaran tahun 2023 rata-rata 12 menit dari target maksimal 15 menit.")]
    [InlineData("Waktu tanggap (response time) penanganan kebakaran tahun 2023 rata-rata 12 menit dengan target paling lama 15 menit.")]
    [InlineData("Waktu tanggap (response time) penanganan kebakaran tahun 2023 rata-rata 12 menit, sedangkan ditargetkan maksimum 15 menit.")]
    public void A_time_in_the_indicators_unit_after_an_introducing_word_is_its_realization(string sentence)
    {
        var result = Report.Extract([.. Table, sentence]);

        var prose = Prose(result, 5);
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Realization, Value: 12m, Year: 2023 });
        Assert.Contains(prose, v => v is { Kind: IndicatorValueKind.Target, Value: 15m });
    }

    [Fact]
    public void A_time_within_which_things_are_handled_is_a_standard_not_the_realization()
    {
        var result = Report.Extract([.. Table, "Waktu tanggap (response time) penanganan kebakaran tahun 2023: sebanyak 45 kejadian tertangani dalam waktu 15 menit."]);

        Assert.Empty(Prose(result, 5));
    }

    [Fact]
    public void A_count_of_other_things_in_the_same_sentence_stays_out()
    {
        var result = Report.Extract([.. Table, "Waktu tanggap (response time) penanganan kebakaran tahun 2023 rata-rata 12 menit, dengan 45 kejadian kebakaran yang ditangani oleh 6 regu."]);

        Assert.Equal([12m], Prose(result, 5).Select(v => v.Value!.Value));
    }

    [Theory]
    [InlineData("Jumlah inovasi pelayanan publik tahun 2023 mencapai 3 (tiga) inovasi dari target 2 (dua) inovasi.", 3, 2)]
    [InlineData("Pada tahun 2023 terdapat 7 kelurahan tertib administrasi dari target 8 kelurahan.", 7, 8)]
    [InlineData("Pada tahun 2023 terjadi 7 kelurahan tertib administrasi dari target 8 kelurahan.", 7, 8)]
    [InlineData("Jumlah kelurahan tertib administrasi tahun 2023 sebanyak 7 kelurahan dari 8 kelurahan yang ditargetkan.", 7, 8)]
    public void A_count_in_the_unit_the_indicator_counts_is_its_value_even_spelled_out_or_with_its_target_named_after_it(string sentence, int realization, int target)
    {
        var result = Report.Extract([.. Counts, sentence]);

        Assert.Equal(
            [(IndicatorValueKind.Realization, (decimal)realization), (IndicatorValueKind.Target, target)],
            Prose(result, 6).Select(v => (v.Kind, v.Value!.Value)));
    }

    [Fact]
    public void A_count_out_of_all_the_things_the_indicator_counts_is_its_realization()
    {
        var result = Report.Extract([.. Counts, "Jumlah kelurahan tertib administrasi pada tahun 2023 sebanyak 7 dari 8 kelurahan."]);

        Assert.Equal([(IndicatorValueKind.Realization, 7m)], Prose(result, 6).Select(v => (v.Kind, v.Value!.Value)));
    }

    [Fact]
    public void A_time_with_its_year_after_its_unit_takes_that_year()
    {
        var result = Report.Extract([.. Table, "Waktu tanggap (response time) penanganan kebakaran tahun 2022 tercatat 16 menit, membaik menjadi 12 menit pada tahun 2023."]);

        Assert.Equal([(2022, 16m), (2023, 12m)], Prose(result, 5).Select(v => (v.Year, v.Value!.Value)));
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    [Fact]
    public void A_time_lasting_in_the_indicators_unit_is_its_realization()
    {
        var result = Report.Extract([.. Table, "Waktu tanggap (response time) penanganan kebakaran tahun 2023 rata-rata selama 12 menit."]);

        Assert.Equal([(IndicatorValueKind.Realization, 12m)], Prose(result, 5).Select(v => (v.Kind, v.Value!.Value)));
    }

    private static readonly string[] Counts =
    [
        "Tabel 3.1",
        "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
        "1\tMeningkatnya tertib administrasi\tJumlah kelurahan tertib administrasi\tKelurahan\t8\t7\t87,50",
        "2\tMeningkatnya inovasi\tJumlah inovasi pelayanan publik\tInovasi\t2\t3\t150",
        string.Empty,
    ];

    [Theory]
    [InlineData("Angka Kematian Ibu tahun 2023 turun menjadi 176,4 per 100.000 KH dari target 182 per 100.000 KH.")]
    [InlineData("Pada tahun 2023 terdapat 11 kasus kematian ibu, sehingga Angka Kematian Ibu sebesar 176,4 per 100.000 kelahiran hidup, lebih rendah dari target 182.")]
    public void The_base_a_rate_is_counted_per_is_no_figure(string sentence)
    {
        var result = Report.Extract(
        [
            "Tabel 3.1",
            "No\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tMenurunnya Angka Kematian Ibu\tAngka Kematian Ibu\tper 100.000 KH\t182,0\t176,4\t103,08",
            string.Empty,
            sentence,
        ]);

        var values = result.Indicators.Where(v => v.Source.IsProse).Select(v => v.Value).ToList();
        Assert.Contains(176.4m, values);
        Assert.DoesNotContain(100000m, values);
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }
}
