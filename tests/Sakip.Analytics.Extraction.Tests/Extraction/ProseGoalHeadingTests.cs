using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>
/// A heading naming a sasaran ends the previous sasaran's discussion: the sentences below it speak of that sasaran's
/// indicator, even in their own words, not of the indicator the paragraph above named.
/// </summary>
public class ProseGoalHeadingTests
{
    private static readonly string[] Table =
    [
        "Tabel 3.1",
        "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
        "1\tMeningkatnya kualitas pelayanan publik kecamatan\tIndeks Kepuasan Masyarakat\tIndeks\t80\t85\t106,25",
        "2\tMeningkatnya partisipasi masyarakat dalam pembangunan\tPersentase usulan musrenbang kelurahan yang terakomodir\t%\t60\t45\t75",
        "3\tMeningkatnya kualitas perencanaan kecamatan\tPersentase dokumen perencanaan tepat waktu\t%\t100\t100\t100",
        "\t\tPersentase dokumen pelaporan tepat waktu\t%\t100\t100\t100",
        string.Empty,
        "Realisasi Indeks Kepuasan Masyarakat tahun 2023 sebesar 85 dari target 80, sehingga capaian 106,25%.",
    ];

    private const string SecondGoalSentence = "Pada tahun 2023 dari 120 usulan musrenbang, sebanyak 54 usulan terakomodir atau 45%, di bawah target 60%, sehingga capaian 75%.";

    private static List<ExtractedIndicatorValue> ProseOn(ExtractionResult result, int line) => [.. result.Indicators.Where(v => v.Source.IsProse && v.Source.Line == line)];

    [Theory]
    [InlineData("Sasaran 2: Meningkatnya partisipasi masyarakat dalam pembangunan")]
    [InlineData("b. Sasaran Strategis ke-2 : Meningkatnya Partisipasi Masyarakat dalam Pembangunan")]
    [InlineData("Meningkatnya partisipasi masyarakat dalam pembangunan")]
    public void Sentences_under_a_goal_heading_speak_of_its_sole_indicator(string heading)
    {
        var result = Report.Extract([.. Table, heading, SecondGoalSentence]);
        var line = Report.Line(Table.Length + 2);

        Assert.Equal(
            [(IndicatorValueKind.Realization, 45m), (IndicatorValueKind.Target, 60m), (IndicatorValueKind.ReportedCapaian, 75m)],
            ProseOn(result, line).Select(v => (v.Kind, v.Value!.Value)));
        Assert.All(ProseOn(result, line), v => Assert.Equal("Persentase usulan musrenbang kelurahan yang terakomodir", v.Indicator));
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    [Theory]
    [InlineData("Sasaran 3: Meningkatnya kualitas perencanaan kecamatan")]
    [InlineData("Sasaran 3")]
    public void A_heading_of_a_goal_with_several_indicators_or_none_named_stops_the_carried_indicator(string heading)
    {
        var result = Report.Extract([.. Table, heading, "Pada tahun 2023 realisasinya mencapai 100% dari target 100%."]);

        Assert.DoesNotContain(result.Indicators, v => v.Source.IsProse && v.Indicator == "Indeks Kepuasan Masyarakat" && v.Value == 100m);
    }

    [Theory]
    [InlineData("Pada Sasaran 1 penyerapan anggaran sebesar 91,46%, bahkan mampu mewujudkan efisiensi dalam penggunaan anggaran sebesar 3,25.")]
    [InlineData("Pada Sasaran 1 tingkat efisiensi sebesar 3,25%.")]
    public void A_goals_efficiency_or_absorption_is_no_figure_of_its_sole_indicator(string sentence)
    {
        var result = Report.Extract([.. Table, string.Empty, sentence]);

        Assert.Empty(ProseOn(result, Report.Line(Table.Length + 2)));
    }

    [Fact]
    public void The_efficiency_of_a_goal_whose_sole_indicator_measures_efficiency_is_that_indicators_figure()
    {
        var result = Report.Extract(
            "Tabel 3.1",
            "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tMeningkatnya kualitas pelayanan publik kecamatan\tIndeks Kepuasan Masyarakat\tIndeks\t80\t85\t106,25",
            "2\tMeningkatnya akuntabilitas keuangan kecamatan\tPersentase efisiensi penggunaan anggaran\t%\t3\t3,25\t108,33",
            string.Empty,
            "Pada Sasaran 2 kecamatan mampu mewujudkan efisiensi dalam penggunaan anggaran sebesar 3,25%.");

        var figure = Assert.Single(ProseOn(result, Report.Line(6)));
        Assert.Equal(("Persentase efisiensi penggunaan anggaran", IndicatorValueKind.Realization, 3.25m), (figure.Indicator, figure.Kind, figure.Value!.Value));
    }
}
