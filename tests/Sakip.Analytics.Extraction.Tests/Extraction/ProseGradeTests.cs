using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>A predikat printed right after a figure in a sentence is that figure's grade.</summary>
public class ProseGradeTests
{
    private static readonly string[] AkipTable =
    [
        "Tabel 3.2",
        "No.\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
        "1.\tMeningkatnya Akuntabilitas\tNilai AKIP Kecamatan\tNilai\t72,00\t73,45\t102,01",
        string.Empty,
    ];

    private static List<ExtractedIndicatorValue> Prose(ExtractionResult result) => [.. result.Indicators.Where(v => v.Source.IsProse)];

    [Theory]
    [InlineData("Pada tahun 2022 Kecamatan Teluk Indah memperoleh Nilai AKIP Kecamatan 69,85 dengan predikat BB, kemudian meningkat menjadi 71,20 pada tahun 2023.")]
    [InlineData("Pada tahun 2022 Nilai AKIP Kecamatan tercatat 69,85 (predikat BB), kemudian meningkat menjadi 71,20 pada tahun 2023.")]
    [InlineData("Pada tahun 2022 Nilai AKIP Kecamatan sebesar 69,85 kategori BB, kemudian meningkat menjadi 71,20 pada tahun 2023.")]
    public void The_predikat_after_a_score_is_its_grade_and_is_checked_against_the_scale(string sentence)
    {
        var result = Report.Extract([.. AkipTable, sentence]);

        var earlier = Assert.Single(Prose(result), v => v.Value == 69.85m);
        Assert.Equal((2022, IndicatorValueKind.Realization, "BB"), (earlier.Year, earlier.Kind, earlier.Grade));
        Assert.Null(Assert.Single(Prose(result), v => v.Value == 71.20m).Grade);
        Assert.Contains(result.Findings, f => f.Kind == FindingKind.CategoryMismatch && f.Lines.Contains(Report.Line(5)));
    }

    [Fact]
    public void A_predikat_further_on_in_the_sentence_is_not_the_figures_grade()
    {
        var result = Report.Extract([.. AkipTable, "Pada tahun 2022 Nilai AKIP Kecamatan sebesar 69,85 yang menurut hasil evaluasi Inspektorat dengan predikat BB."]);

        Assert.Null(Assert.Single(Prose(result), v => v.Value == 69.85m).Grade);
    }

    [Fact]
    public void The_mutu_pelayanan_after_an_ikm_is_its_grade()
    {
        var result = Report.Extract(
        [
            "Tabel 3.2",
            "No.\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1.\tMeningkatnya Layanan\tIndeks Kepuasan Masyarakat\tIndeks\t82,00\t83,10\t101,34",
            string.Empty,
            "Nilai Indeks Kepuasan Masyarakat pada tahun 2023 sebesar 83,10 dengan mutu pelayanan B (Baik).",
        ]);

        Assert.Equal("B", Assert.Single(Prose(result), v => v.Value == 83.10m).Grade);
    }

    [Theory]
    [InlineData("Nilai Indeks Kepuasan Masyarakat pada tahun 2023 sebesar 83,10 dengan mutu pelayanan C (Kurang Baik).", true)]
    [InlineData("Nilai Indeks Kepuasan Masyarakat pada tahun 2023 sebesar 83,10 dengan mutu pelayanan B (Baik).", false)]
    [InlineData("Nilai Indeks Kepuasan Masyarakat pada tahun 2023 sebesar 83,10 dengan mutu pelayanan A (Sangat Baik).", false)]
    public void The_mutu_pelayanan_after_an_ikm_is_checked_against_the_scale(string sentence, bool wrong)
    {
        var result = Report.Extract(
        [
            "Tabel 3.2",
            "No.\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1.\tMeningkatnya Layanan\tIndeks Kepuasan Masyarakat\tIndeks\t82,00\t83,10\t101,34",
            string.Empty,
            sentence,
        ]);

        var finding = result.Findings.Where(f => f.Kind == FindingKind.CategoryMismatch && f.Lines.Contains(Report.Line(5))).ToList();
        Assert.Equal(wrong ? 1 : 0, finding.Count);
    }

    private static readonly string[] GradeTable =
    [
        "Tabel 3.1",
        "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
        "1\tMeningkatnya akuntabilitas kinerja\tPredikat SAKIP Kecamatan\tPredikat\tBB\tB\t-",
        "2\tMeningkatnya kualitas pelayanan\tPersentase pelayanan administrasi tepat waktu\t%\t90\t92\t102,22",
        string.Empty,
    ];

    [Fact]
    public void A_grade_after_the_word_introducing_a_value_is_the_value_of_an_indicator_measured_in_grades()
    {
        var result = Report.Extract([.. GradeTable, "Realisasi Predikat SAKIP Kecamatan tahun 2023 adalah B, belum mencapai target BB."]);

        Assert.Equal(
            [(IndicatorValueKind.Realization, "B"), (IndicatorValueKind.Target, "BB")],
            Prose(result).Select(v => (v.Kind, v.Grade!)));
        Assert.All(Prose(result), v => Assert.Null(v.Value));
    }

    [Theory]
    [InlineData("Nilai SAKIP Kecamatan tahun 2023 memperoleh predikat B dari target BB.")]
    [InlineData("Nilai SAKIP Kecamatan tahun 2023 adalah B, belum mencapai target BB.")]
    public void An_indicator_graded_in_its_target_and_realization_is_graded_whatever_its_capaian(string sentence)
    {
        var result = Report.Extract(
        [
            "Tabel 3.1",
            "No\tSasaran\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1\tMeningkatnya akuntabilitas kinerja\tNilai SAKIP Kecamatan\tNilai\tBB\tB\t90",
            string.Empty,
            sentence,
        ]);

        Assert.Equal([(IndicatorValueKind.Realization, "B"), (IndicatorValueKind.Target, "BB")], Prose(result).Select(v => (v.Kind, v.Grade!)));
    }

    [Fact]
    public void A_capital_letter_is_no_grade_of_an_indicator_measured_in_figures()
    {
        var result = Report.Extract([.. GradeTable, "Persentase pelayanan administrasi tepat waktu tahun 2023 adalah 92% dari target 90%, dilayani di loket A dan B."]);

        Assert.Equal([92m, 90m], Prose(result).Select(v => v.Value!.Value));
    }
}
