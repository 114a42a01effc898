using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>Sentences that word their figures loosely: "capaian" for the realization, a rise named as a noun, the city's figure beside the kecamatan's.</summary>
public class ProseLooseWordingTests
{
    private static readonly string[] Table =
    [
        "Tabel 3.1",
        "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
        "1\tMeningkatnya kualitas pelayanan\tPersentase penyelesaian pelayanan PATEN tepat waktu\t%\t100\t98\t98",
        "2\tMeningkatnya kepuasan masyarakat\tIndeks Kepuasan Masyarakat\tIndeks\t80\t82,35\t102,94",
        string.Empty,
    ];

    private static List<(int Year, IndicatorValueKind Kind, decimal Value)> Prose(ExtractionResult result) =>
        [.. Report.ProseOn(result, Table.Length + 1).Select(v => (v.Year, v.Kind, v.Value!.Value))];

    [Fact]
    public void The_capaian_a_sentence_opens_with_is_the_realization_when_it_names_the_capaian_later()
    {
        var result = Report.Extract([.. Table,
            "Capaian kinerja indikator persentase penyelesaian pelayanan PATEN tepat waktu pada tahun 2023 sebesar 98% dari target 100% atau dengan tingkat capaian 98%."]);

        Assert.Equal(
            [(2023, IndicatorValueKind.Realization, 98m), (2023, IndicatorValueKind.Target, 100m), (2023, IndicatorValueKind.ReportedCapaian, 98m)],
            Prose(result));
    }

    [Theory]
    [InlineData("90", IndicatorValueKind.Realization)]
    [InlineData("105,88", IndicatorValueKind.ReportedCapaian)]
    [InlineData("101,50", IndicatorValueKind.ReportedCapaian)]
    public void A_capaian_the_tables_give_as_the_realization_and_not_as_the_capaian_is_the_realization(string printed, IndicatorValueKind expected)
    {
        string[] table =
        [
            "Tabel 3.1",
            "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tMeningkatnya kecepatan penanganan kebakaran\tTingkat waktu tanggap (response time rate)\t%\t85\t90,00\t105,88",
            string.Empty,
        ];

        var result = Report.ExtractOfDinas([.. table, $"Capaian indikator tingkat waktu tanggap (response time rate) tahun 2023 adalah {printed} persen."]);

        Assert.Equal(expected, Assert.Single(Report.ProseOn(result, table.Length + 1)).Kind);
    }

    [Fact]
    public void A_rise_named_as_a_noun_is_no_value()
    {
        var result = Report.Extract([.. Table,
            "Persentase penyelesaian pelayanan PATEN tepat waktu tahun 2023 sebesar 98%. Dibandingkan dengan tahun 2022 sebesar 96,5%, terdapat peningkatan 1,5%."]);

        Assert.Equal([(2023, IndicatorValueKind.Realization, 98m), (2022, IndicatorValueKind.Realization, 96.5m)], Prose(result));
    }

    [Fact]
    public void The_share_reached_after_the_renstra_target_is_the_capaian_against_it()
    {
        var result = Report.Extract([.. Table,
            "Realisasi persentase penyelesaian pelayanan PATEN tepat waktu tahun 2023 dibandingkan dengan target jangka menengah (tahun 2026) sebesar 100%, telah tercapai 98%."]);

        Assert.Equal([(2026, IndicatorValueKind.RenstraTarget, 100m), (2023, IndicatorValueKind.ReportedCapaianRenstra, 98m)], Prose(result));
    }

    [Fact]
    public void The_own_pemdas_figure_in_a_kecamatans_report_is_not_the_kecamatans()
    {
        var result = Report.Extract([.. Table,
            "Apabila dibandingkan dengan Indeks Kepuasan Masyarakat Kabupaten Contoh Raya sebesar 80,15, IKM Kecamatan Teluk Indah lebih tinggi 2,2 poin."]);

        Assert.Empty(Prose(result));
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    [Theory]
    [InlineData("Nilai Indeks Kepuasan Masyarakat tahun 2023 sebesar 82,35 poin dari target 80 poin.", 2)]
    [InlineData("Indeks Kepuasan Masyarakat tahun 2023 naik 1,2 poin dari tahun sebelumnya.", 0)]
    public void Points_after_a_word_introducing_a_value_are_the_value_and_after_a_change_the_change(string sentence, int values)
    {
        var result = Report.Extract([.. Table, sentence]);

        Assert.Equal(values, Prose(result).Count);
        Assert.All(Prose(result), v => Assert.Contains(v.Value, new[] { 82.35m, 80m }));
    }
}
