using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>A category printed in words right after a figure in a sentence is kept as printed and checked against the scale.</summary>
public class ProseCategoryTests
{
    private static readonly string[] Table =
    [
        "Tabel 3.1",
        "No\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
        "1\tMeningkatnya kualitas pelayanan\tIndeks Kepuasan Masyarakat\tIndeks\t80\t79,85\t99,81",
        "2\tMeningkatnya kesiapsiagaan\tPersentase armada siap operasi\t%\t90\t76,5\t85",
        string.Empty,
    ];

    private static List<AuditFinding> MismatchesOn(ExtractionResult result, int line) =>
        [.. result.Findings.Where(f => f.Kind == FindingKind.CategoryMismatch && f.Lines.Contains(Report.Line(line)))];

    [Theory]
    [InlineData("Nilai Indeks Kepuasan Masyarakat tahun 2023 sebesar 79,85 dengan kategori Sangat Baik.", "Sangat Baik")]
    [InlineData("Indeks Kepuasan Masyarakat tahun 2023 sebesar 79,85 (Sangat Baik).", "Sangat Baik")]
    [InlineData("Indeks Kepuasan Masyarakat tahun 2023 sebesar 79,85 atau mutu pelayanan A (Sangat Baik).", "A")]
    public void An_ikm_printed_with_a_mutu_the_scale_does_not_give_is_a_finding(string sentence, string printed)
    {
        var result = Report.Extract([.. Table, sentence]);

        var finding = Assert.Single(MismatchesOn(result, 6));
        Assert.Contains($"dilaporkan {printed},", finding.Description, StringComparison.Ordinal);
        Assert.All(result.Indicators.Where(v => v.Source.IsProse), v => Assert.Contains(v.Grade, new[] { null, "A" }));
    }

    [Theory]
    [InlineData("Nilai Indeks Kepuasan Masyarakat tahun 2023 sebesar 79,85 dengan kategori Baik.")]
    [InlineData("Indeks Kepuasan Masyarakat tahun 2023 sebesar 79,85 atau mutu pelayanan B (Baik).")]
    public void An_ikm_printed_with_the_right_mutu_is_no_finding(string sentence)
    {
        var result = Report.Extract([.. Table, sentence]);

        Assert.Empty(MismatchesOn(result, 6));
        Assert.Contains(result.Indicators, v => v.Source.IsProse && v.Value == 79.85m && v.Category is not null);
    }

    [Fact]
    public void A_capaian_printed_in_a_sentence_with_the_wrong_category_is_a_finding()
    {
        var result = Report.Extract([.. Table, "Capaian indikator persentase armada siap operasi tahun 2023 sebesar 85% dengan kategori Sangat Tinggi."]);

        var capaian = Assert.Single(result.Indicators, v => v.Source.IsProse && v.Kind == IndicatorValueKind.ReportedCapaian);
        Assert.Equal("Sangat Tinggi", capaian.Category);
        Assert.Single(MismatchesOn(result, 6));
    }

    [Fact]
    public void A_capaian_printed_in_a_sentence_with_its_category_is_no_finding()
    {
        var result = Report.Extract([.. Table, "Capaian indikator persentase armada siap operasi tahun 2023 sebesar 85% dengan kategori Tinggi."]);

        Assert.Empty(MismatchesOn(result, 6));
    }
}
