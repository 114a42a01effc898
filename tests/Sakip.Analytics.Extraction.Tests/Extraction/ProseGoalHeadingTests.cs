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

    [Fact]
    public void A_goals_indicator_worded_longer_in_the_renstra_table_is_still_its_sole_indicator()
    {
        string[] lines =
        [
            string.Empty,
            "Tabel 2.1",
            "Tujuan, Sasaran, Indikator dan Target Kinerja Renstra Dinas Kesehatan Kabupaten Tolando Tahun 2021-2026",
            string.Empty,
            "Tujuan/Sasaran\tIndikator\tSatuan\tKondisi Awal (2020)\tTarget Kinerja Tahun\t\t\t\t\t\tKondisi Akhir",
            "\t\t\t\t2021\t2022\t2023\t2024\t2025\t2026\t(2026)",
            "(1)\t(2)\t(3)\t(4)\t(5)\t(6)\t(7)\t(8)\t(9)\t(10)\t(11)",
            "Tujuan: Meningkatnya Derajat Kesehatan Masyarakat\tUsia Harapan Hidup (UHH)\tTahun\t67,85\t68,05\t68,25\t68,45\t68,65\t68,85\t69,05\t69,05",
            "Sasaran 2: Meningkatnya Status Gizi Masyarakat\tPrevalensi stunting pada balita\t%\t31,40\t29,50\t27,00\t24,50\t22,00\t19,50\t17,00\t17,00",
            string.Empty,
            "Hasil pengukuran Indikator Kinerja Utama Dinas Kesehatan Tahun 2022 disajikan pada tabel berikut:",
            string.Empty,
            "Tabel 3.2",
            "Realisasi dan Capaian Indikator Kinerja Utama Dinas Kesehatan Tahun 2022",
            string.Empty,
            "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi 2021\tRealisasi 2022\tCapaian 2022 (%)\tKategori",
            "1\tMeningkatnya Derajat Kesehatan Masyarakat\tUsia Harapan Hidup\tTahun\t68,25\t68,02\t68,31\t100,09\tSangat Tinggi",
            "2\tMenurunnya Angka Kematian Ibu dan Bayi\tAngka Kematian Ibu\tper 100.000 KH\t182,0\t195,6\t176,4\t103,08\tSangat Tinggi",
            "\t\tAngka Kematian Bayi\tper 1.000 KH\t13,40\t13,90\t12,83\t104,25\tSangat Tinggi",
            "3\tMeningkatnya Status Gizi Masyarakat\tPrevalensi stunting\t%\t27,00\t28,70\t26,10\t96,67\tSangat Tinggi",
            "4\tMeningkatnya Pengendalian Penyakit\tTreatment Coverage TBC\t%\t60,00\t52,30\t57,88\t96,47\tTinggi",
            "\t\tPersentase Desa/Kelurahan UCI\t%\t83,00\t81,20\t84,60\t101,93\tSangat Tinggi",
            "5\tMeningkatnya Mutu dan Akses Pelayanan Kesehatan\tPersentase Puskesmas terakreditasi\t%\t82,35\t76,47\t82,35\t100,00\tSangat Tinggi",
            "\t\tIndeks Kepuasan Masyarakat\tIndeks\t80,00\t79,85\t81,36\t101,70\tSangat Tinggi",
            "6\tMeningkatnya Akuntabilitas Kinerja Perangkat Daerah\tNilai AKIP\tNilai\tBB (70,50)\tB (66,12)\tBB (71,84)\t101,90\tSangat Tinggi",
            "2. Sasaran 2 : Meningkatnya Status Gizi Masyarakat",
            string.Empty,
            "Realisasi tahun 2022 sebesar 26,10%, lebih baik dari target 27,00%, sehingga capaian kinerja sebesar 103,33%.",
        ];

        var result = Report.Extract(lines);

        Assert.Equal(
            [(IndicatorValueKind.Realization, 26.10m), (IndicatorValueKind.Target, 27.00m), (IndicatorValueKind.ReportedCapaian, 103.33m)],
            ProseOn(result, Report.Line(lines.Length)).Select(v => (v.Kind, v.Value!.Value)));
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
