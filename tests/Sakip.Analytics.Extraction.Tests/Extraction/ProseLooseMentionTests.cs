using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>A sentence that words a sasaran indicator its own way ("ditangani" for "tertangani", the words apart).</summary>
public class ProseLooseMentionTests
{
    private static readonly string[] Table =
    [
        "Tabel 3.1",
        "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian",
        "1\tMeningkatnya kualitas pelayanan penanggulangan kebakaran\tPersentase kejadian kebakaran yang tertangani dalam waktu tanggap\t%\t95\t95,65\t100,68",
        "2\tMenurunnya kerugian akibat kebakaran\tRata-rata waktu tanggap penanganan kebakaran\tMenit\t15\t12,5\t116,67",
        string.Empty,
    ];

    [Fact]
    public void Most_of_an_indicators_words_by_their_roots_name_it()
    {
        var result = Report.Extract([.. Table, "Dari 46 kejadian kebakaran, 44 kejadian dapat ditangani dalam waktu tanggap kurang dari 15 menit atau sebesar 95,65%."]);

        var value = Assert.Single(Report.ProseOn(result, Table.Length + 1));
        Assert.Equal(("Persentase kejadian kebakaran yang tertangani dalam waktu tanggap", IndicatorValueKind.Realization, 95.65m),
            (value.Indicator, value.Kind, value.Value!.Value));
    }

    [Theory]
    [InlineData("Dari 46 kejadian kebakaran, 44 berhasil ditangani sehingga persentase kejadian kebakaran tertangani dalam waktu tanggap mencapai 95,65% dari target 95%.")]
    [InlineData("Prosentase kejadian kebakaran yang ditangani dalam waktu tanggap tahun 2023 sebesar 95,65% dari target 95%.")]
    public void The_measure_word_that_opens_an_indicators_name_in_the_sentences_own_words_is_no_capaian(string sentence)
    {
        var result = Report.Extract([.. Table, sentence]);

        Assert.Equal([(IndicatorValueKind.Realization, 95.65m), (IndicatorValueKind.Target, 95m)], Report.ProseOn(result, Table.Length + 1).Select(v => (v.Kind, v.Value!.Value)));
    }

    [Theory]
    [InlineData("Persentase capaian Standar Pelayanan Minimal (SPM) kecamatan", "Capaian SPM kecamatan tahun 2023 sebesar 100% dari target 100%.")]
    [InlineData("Capaian Standar Pelayanan Minimal sub urusan trantibum", "Capaian standar pelayanan minimal trantibum pada tahun 2023 sebesar 100% dari target 100%.")]
    public void The_capaian_word_of_an_indicators_name_is_no_capaian_of_its_figure(string indicator, string sentence)
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            $"1\tMeningkatnya kualitas pelayanan publik\t{indicator}\t%\t100\t100\t100",
            string.Empty,
            sentence);

        Assert.Equal([(IndicatorValueKind.Realization, 100m), (IndicatorValueKind.Target, 100m)], Report.ProseOn(result, 5).Select(v => (v.Kind, v.Value!.Value)));
    }

    [Fact]
    public void A_capaian_word_followed_by_one_word_of_a_name_that_has_it_still_calls_the_figure_a_capaian()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tMeningkatnya profesionalitas ASN\tIndeks Profesionalitas ASN\tIndeks\t62,00\t60,85\t98,15",
            "2\tMeningkatnya akuntabilitas kinerja\tPersentase capaian indikator kinerja perangkat daerah\t%\t90\t92\t102,22",
            string.Empty,
            "Indeks Profesionalitas ASN tahun 2022 terealisasi sebesar 60,85, sedikit di bawah target 62,00. Capaian indikator ini tercatat 98,15%.");

        Assert.Contains(Report.ProseOn(result, 6), v => v is { Kind: IndicatorValueKind.ReportedCapaian, Value: 98.15m });
    }

    [Fact]
    public void A_paragraph_that_shares_no_word_with_the_indicator_carried_but_half_of_anothers_speaks_of_the_other()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tMeningkatnya cakupan pelayanan kebakaran\tCakupan pelayanan bencana kebakaran\t%\t60\t62,50\t104,17",
            "2\tMeningkatnya kualitas aparatur pemadam\tPersentase aparatur pemadam kebakaran yang memenuhi standar kualifikasi\t%\t70\t68,69\t98,13",
            string.Empty,
            "Cakupan pelayanan bencana kebakaran tahun 2023 sebesar 62,50%, melampaui target 60%.",
            string.Empty,
            "Pada tahun 2023 aparatur pemadam yang memenuhi kualifikasi sebanyak 136 orang dari 198 orang aparatur atau 68,69%.");

        var value = Assert.Single(Report.ProseOn(result, 8));
        Assert.Equal(("Persentase aparatur pemadam kebakaran yang memenuhi standar kualifikasi", IndicatorValueKind.Realization, 68.69m),
            (value.Indicator, value.Kind, value.Value!.Value));
    }

    [Fact]
    public void A_few_of_a_names_words_name_nothing()
    {
        var result = Report.Extract([.. Table, "Kejadian kebakaran tahun 2023 tercatat dengan realisasi penanganan 95,65%."]);

        Assert.Empty(Report.ProseOn(result, Table.Length + 1));
    }

    [Fact]
    public void The_other_name_an_indicator_gives_in_brackets_names_it()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian",
            "1\tMenurunnya kerugian akibat kebakaran\tRata-rata waktu tanggap (response time) penanganan kebakaran\tMenit\t15\t12,5\t116,67",
            string.Empty,
            "Realisasi response time tahun 2023 rata-rata 12,5 menit dari target 15 menit.");

        Assert.Equal([(IndicatorValueKind.Realization, 12.5m), (IndicatorValueKind.Target, 15m)], Report.ProseOn(result, 5).Select(v => (v.Kind, v.Value!.Value)));
    }

    [Fact]
    public void Figures_in_the_unit_of_the_indicator_named_before_keep_the_sentence_on_it_though_it_shares_words_with_another()
    {
        var result = Report.Extract(
        [
            .. Table,
            "Indikator kedua adalah rata-rata waktu tanggap penanganan kebakaran. Pada tahun 2023 dari 38 kejadian kebakaran, rata-rata waktu tanggap adalah 12,5 menit, lebih cepat dari target 15 menit, sehingga capaian kinerja sebesar 116,67%.",
        ]);

        var values = Report.ProseOn(result, Table.Length + 1);
        Assert.All(values, v => Assert.Equal("Rata-rata waktu tanggap penanganan kebakaran", v.Indicator));
        Assert.Equal(
            [(IndicatorValueKind.Realization, 12.5m), (IndicatorValueKind.Target, 15m), (IndicatorValueKind.ReportedCapaian, 116.67m)],
            values.Select(v => (v.Kind, v.Value!.Value)));
    }

    [Fact]
    public void An_indicator_counted_in_minutes_is_not_the_one_a_sentence_of_percentages_words_loosely()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian",
            "1\tMeningkatnya kualitas pelayanan kebakaran\tPersentase tingkat waktu tanggap (response time rate) di WMK\t%\t85\t88,24\t103,81",
            "\t\tRata-rata waktu tanggap penanganan kebakaran\tmenit\t15\t12\t125,00",
            string.Empty,
            "Pada tahun 2023 terjadi 68 kejadian kebakaran, 60 kejadian di antaranya dapat ditangani dalam waktu tanggap ≤ 15 menit atau sebesar 88,24%. Dengan target 85%, capaian indikator ini sebesar 103,81%.");

        Assert.DoesNotContain(Report.ProseOn(result, 6), v => v.Indicator == "Rata-rata waktu tanggap penanganan kebakaran");
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    private static readonly string[] BracketedTable =
    [
        "Tabel 3.1",
        "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian",
        "1\tMeningkatnya kualitas pelayanan penanggulangan kebakaran\tPersentase kejadian kebakaran yang tertangani dalam waktu tanggap\t%\t95\t95,65\t100,68",
        "2\tMenurunnya kerugian akibat kebakaran\tWaktu tanggap (response time) penanganan kebakaran\tMenit\t15\t12,5\t116,67",
        string.Empty,
    ];

    [Fact]
    public void The_words_before_a_names_bracket_name_it()
    {
        var result = Report.Extract(
        [
            .. BracketedTable,
            "Persentase kejadian kebakaran yang tertangani dalam waktu tanggap tahun 2023 sebesar 95,65%. Waktu tanggap tahun 2023 rata-rata 12,5 menit.",
        ]);

        var value = Assert.Single(Report.ProseOn(result, BracketedTable.Length + 1), v => v.Value == 12.5m);
        Assert.Equal(("Waktu tanggap (response time) penanganan kebakaran", IndicatorValueKind.Realization), (value.Indicator, value.Kind));
    }

    [Fact]
    public void The_words_before_a_names_bracket_give_way_to_a_loose_wording_of_another_name_holding_them()
    {
        var result = Report.Extract([.. BracketedTable, "Dari 46 kejadian kebakaran, 44 kejadian dapat ditangani dalam waktu tanggap kurang dari 15 menit atau sebesar 95,65%."]);

        var value = Assert.Single(Report.ProseOn(result, BracketedTable.Length + 1));
        Assert.Equal(("Persentase kejadian kebakaran yang tertangani dalam waktu tanggap", 95.65m), (value.Indicator, value.Value!.Value));
    }

    [Fact]
    public void The_percentage_a_share_indicator_is_said_to_be_is_its_realization()
    {
        var result = Report.Extract(
        [
            .. Table,
            "Selama tahun 2023 terjadi 46 kejadian kebakaran, 44 di antaranya dapat ditangani dalam waktu tanggap, sehingga persentasenya 95,65%.",
        ]);

        Assert.Equal([(IndicatorValueKind.Realization, 95.65m)], Report.ProseOn(result, Table.Length + 1).Select(v => (v.Kind, v.Value!.Value)));
    }

    [Theory]
    [InlineData("Pada tahun 2023 Redkar terbentuk sebanyak 12 kelurahan dari target 10 kelurahan.")]
    [InlineData("Jumlah kelurahan yang memiliki Redkar tahun 2023 sebanyak 12 kelurahan dari target 10 kelurahan.")]
    public void The_short_name_in_a_names_bracket_names_it_alone_or_in_place_of_the_words_it_shortens(string sentence)
    {
        var result = Report.ExtractOfDinas(
            "Tabel 3.1",
            "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian",
            "1\tMeningkatnya kesiapsiagaan masyarakat\tJumlah kelurahan yang memiliki Relawan Pemadam Kebakaran (Redkar)\tKelurahan\t10\t12\t120,00",
            string.Empty,
            sentence);

        Assert.Equal(
            [(IndicatorValueKind.Realization, 12m), (IndicatorValueKind.Target, 10m)],
            Report.ProseOn(result, 5).Select(v => (v.Kind, v.Value!.Value)));
    }
}
