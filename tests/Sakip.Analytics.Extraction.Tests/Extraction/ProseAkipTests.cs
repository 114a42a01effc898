using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>AKIP evaluations stated in sentences, for units whose indicators do not include the AKIP score.</summary>
public class ProseAkipTests
{
    private static readonly string[] IkmTable =
    [
        "Tabel 3.2",
        "No.\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
        "1.\tMeningkatnya Layanan\tIndeks Kepuasan Masyarakat\tIndeks\t82,00\t83,10\t101,34",
        string.Empty,
    ];

    private const string Evaluation =
        "Nilai AKIP Kecamatan Teluk Indah Tahun 2023 sebesar 70,41 dengan predikat BB (Sangat Baik), meningkat 0,54 poin dibandingkan Tahun 2022 sebesar 69,87 dengan predikat B. " +
        "Peningkatan terbesar terjadi pada komponen perencanaan kinerja (22,14), sedangkan komponen evaluasi akuntabilitas kinerja internal turun menjadi 18,47.";

    [Fact]
    public void An_evaluation_and_the_compared_years_in_a_sentence_are_read_with_predikat_and_the_components_named_after_them()
    {
        var result = Report.Extract([.. IkmTable, "3.2 Evaluasi Akuntabilitas Kinerja Instansi Pemerintah", string.Empty, Evaluation]);

        Assert.Equal(2, result.Akip.Count);
        var current = Assert.Single(result.Akip, a => a.Year == 2023);
        Assert.Equal((70.41m, "BB", AkipValueKind.Realization), (current.Total!.Value, current.Predikat, current.Kind));
        Assert.Equal(22.14m, current.Components[AkipComponent.Perencanaan]);
        Assert.Equal(18.47m, current.Components[AkipComponent.EvaluasiInternal]);
        Assert.Equal(2, current.Components.Count);
        var earlier = Assert.Single(result.Akip, a => a.Year == 2022);
        Assert.Equal((69.87m, "B"), (earlier.Total!.Value, earlier.Predikat));
        Assert.All(result.Akip, a => Assert.Equal(Report.Line(7), a.Source.Line));
        Assert.DoesNotContain(result.Indicators, v => v.Source.IsProse);
    }

    [Fact]
    public void Where_the_akip_score_is_an_indicator_the_sentence_gives_indicator_values_only()
    {
        var result = Report.Extract(
        [
            "Tabel 3.2",
            "No.\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1.\tMeningkatnya Akuntabilitas\tNilai AKIP\tNilai\t72,00\t70,41\t97,79",
            string.Empty,
            Evaluation,
        ]);

        Assert.Empty(result.Akip);
        Assert.Contains(result.Indicators, v => v is { Kind: IndicatorValueKind.Realization, Value: 70.41m, Year: 2023 } && v.Source.IsProse);
    }

    [Fact]
    public void A_comparison_closed_by_its_figure_in_brackets_does_not_give_its_year_to_the_target_after_it()
    {
        var result = Report.Extract(
        [
            "Tabel 3.2",
            "No.\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1.\tMeningkatnya Akuntabilitas\tNilai AKIP\tNilai\t70,00\t70,41\t100,59",
            string.Empty,
            "Nilai AKIP tahun 2023 sebesar 70,41 meningkat 2,52 poin dibandingkan tahun 2022 (67,89) dan telah melampaui target PK sebesar 70.",
        ]);

        var prose = result.Indicators.Where(v => v.Source.IsProse).Select(v => (v.Year, v.Kind, v.Value)).ToList();
        Assert.Contains((2023, IndicatorValueKind.Target, 70m), prose);
        Assert.Contains((2022, IndicatorValueKind.Realization, 67.89m), prose);
        Assert.DoesNotContain(prose, v => v is (2022, IndicatorValueKind.Target, _));
    }

    [Fact]
    public void The_evaluator_named_as_the_agent_is_not_a_second_unit_holding_the_score()
    {
        var result = Report.Extract(
        [
            "Tabel 3.2",
            "No.\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1.\tMeningkatnya Akuntabilitas\tNilai AKIP\tNilai\t72,00\t73,45\t102,01",
            string.Empty,
            "Berdasarkan Laporan Hasil Evaluasi AKIP oleh Inspektorat Daerah Kabupaten Contoh Raya, Kecamatan Teluk Indah memperoleh nilai 73,45 dengan predikat BB.",
        ]);

        var value = Assert.Single(result.Indicators, v => v.Source.IsProse);
        Assert.Equal(("Kecamatan Teluk Indah", 73.45m), (value.Unit, value.Value!.Value));
    }

    [Theory]
    [InlineData("Hasil evaluasi Inspektorat atas implementasi SAKIP Kecamatan Teluk Indah tahun 2023 memperoleh nilai 73,45 dengan predikat BB.")]
    [InlineData("Berdasarkan LHE Inspektorat Daerah Kabupaten Contoh Raya, Nilai AKIP tahun 2023 sebesar 73,45 dengan predikat BB.")]
    [InlineData("Nilai AKIP hasil penilaian dari Inspektorat tahun 2023 sebesar 73,45 dengan predikat BB.")]
    public void The_evaluator_named_after_the_evaluation_is_not_a_unit_holding_the_score(string sentence)
    {
        var result = Report.Extract(
        [
            "Tabel 3.2",
            "No.\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1.\tMeningkatnya Akuntabilitas\tNilai AKIP\tNilai\t72,00\t73,45\t102,01",
            string.Empty,
            sentence,
        ]);

        var value = Assert.Single(result.Indicators, v => v.Source.IsProse);
        Assert.Equal(("Kecamatan Teluk Indah", 73.45m), (value.Unit, value.Value!.Value));
    }

    [Fact]
    public void A_unit_named_right_after_an_indicator_name_ending_in_its_kind_is_still_that_units()
    {
        var result = Report.Extract(
        [
            "Tabel 3.2",
            "No.\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1.\tMeningkatnya Akuntabilitas\tNilai AKIP Kecamatan\tNilai\t72,00\t73,45\t102,01",
            string.Empty,
            "Untuk Nilai AKIP, Kecamatan Tanjung Jaya memperoleh nilai 71,80 sehingga Kecamatan Teluk Indah unggul 1,65 poin.",
        ]);

        var value = Assert.Single(result.Indicators, v => v.Source.IsProse);
        Assert.Equal(("Kecamatan Tanjung Jaya", 71.80m), (value.Unit, value.Value!.Value));
    }

    [Fact]
    public void A_score_with_its_predikat_in_brackets_and_a_stated_target_are_read_on_their_lines()
    {
        var result = Report.Extract(
            "Berdasarkan Laporan Hasil Evaluasi AKIP oleh Inspektorat Kabupaten Contoh Raya, nilai AKIP Kecamatan Teluk Indah tahun 2023 adalah 71,02 dengan predikat BB, naik 4,27 poin dari tahun 2022 sebesar 66,75 (B).",
            string.Empty,
            "Target nilai AKIP tahun 2024 ditetapkan sebesar 75,00 (BB).");

        var realizations = result.Akip.Where(a => a.Kind == AkipValueKind.Realization).ToList();
        Assert.Equal([2023, 2022], realizations.Select(a => a.Year));
        Assert.Equal([71.02m, 66.75m], realizations.Select(a => a.Total!.Value));
        Assert.Equal(["BB", "B"], realizations.Select(a => a.Predikat));
        Assert.All(realizations, a => Assert.Equal(Report.Line(1), a.Source.Line));
        Assert.NotNull(realizations[0].Evaluator);
        var target = Assert.Single(result.Akip, a => a.Kind == AkipValueKind.Target);
        Assert.Equal((2024, 75.00m, "BB"), (target.Year, target.Total!.Value, target.Predikat));
    }

    [Fact]
    public void Another_units_score_is_that_units()
    {
        var akip = Assert.Single(Report.Extract("Nilai AKIP Kecamatan Tanjung Jaya tahun 2023 adalah 68,40 dengan predikat B.").Akip);

        Assert.Equal("Kecamatan Tanjung Jaya", akip.Unit);
    }

    [Theory]
    [InlineData("Capaian nilai AKIP tahun 2023 sebesar 94,71% dari target.")]
    [InlineData("Nilai komponen perencanaan kinerja dalam evaluasi AKIP tahun 2023 sebesar 21,60 dengan predikat B.")]
    [InlineData("Nilai AKIP tahun 2023 turun 2,01 poin dibandingkan tahun 2022.")]
    [InlineData("Predikat BB diberikan untuk nilai AKIP > 70 sampai dengan 80.")]
    public void Percentages_components_differences_and_scale_bounds_are_not_evaluations(string sentence)
    {
        Assert.Empty(Report.Extract(sentence).Akip);
    }

    [Fact]
    public void Components_listed_without_the_word_komponen_after_the_evaluation_are_its_components()
    {
        var result = Report.Extract(
            "Hasil evaluasi SAKIP Kecamatan Teluk Indah oleh Inspektorat tahun 2023 sebesar 67,50 (B). Nilai tersebut terdiri atas perencanaan kinerja 20,10, pengukuran kinerja 17,50, pelaporan kinerja 10,40 dan evaluasi akuntabilitas kinerja internal 19,50.");

        var akip = Assert.Single(result.Akip);
        Assert.Equal(
            [(AkipComponent.Perencanaan, 20.10m), (AkipComponent.Pengukuran, 17.50m), (AkipComponent.Pelaporan, 10.40m), (AkipComponent.EvaluasiInternal, 19.50m)],
            akip.Components.OrderBy(c => c.Key).Select(c => (c.Key, c.Value)));
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.SumMismatch);
    }

    [Fact]
    public void Scores_listed_for_listed_years_are_each_years_evaluation()
    {
        var result = Report.Extract("Nilai SAKIP Kecamatan Teluk Indah pada tahun 2021, 2022 dan 2023 masing-masing 60,10; 62,45 dan 66,20.");

        Assert.Equal([(2021, 60.10m), (2022, 62.45m), (2023, 66.20m)], result.Akip.Select(a => (a.Year, a.Total!.Value)).OrderBy(a => a.Year));
    }
}
