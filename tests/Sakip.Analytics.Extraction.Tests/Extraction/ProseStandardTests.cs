using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>Sentences of a BPBD's analysis: the capaian named after "atau", and the share a standard demands.</summary>
public class ProseStandardTests
{
    /// <summary>The tertib arsip share (70 / 65 / 92,86) and the IKM (82 / 83,10 / 101,34) of <see cref="ProseGenreTests"/>.</summary>
    private static readonly string[] Table = ProseGenreTests.Table;

    private static List<ExtractedIndicatorValue> Prose(ExtractionResult result) => [.. result.Indicators.Where(v => v.Source.IsProse)];

    [Theory]
    [InlineData("Persentase Perangkat Daerah yang Tertib Arsip pada tahun 2023 realisasi sebesar 65% atau capaian 92,86% dari target 70%.")]
    [InlineData("Persentase Perangkat Daerah yang Tertib Arsip pada tahun 2023 sebesar 65% atau dengan tingkat capaian 92,86% dari target 70%.")]
    public void The_percentage_named_capaian_after_atau_is_the_capaian_of_the_realization_before_it(string sentence)
    {
        var result = Report.Extract([.. Table, sentence]);

        Assert.Contains(Prose(result), v => v is { Kind: IndicatorValueKind.Realization, Value: 65m, Year: 2023 });
        Assert.Contains(Prose(result), v => v is { Kind: IndicatorValueKind.ReportedCapaian, Value: 92.86m, Year: 2023 });
        Assert.Contains(Prose(result), v => v is { Kind: IndicatorValueKind.Target, Value: 70m, Year: 2023 });
        Assert.DoesNotContain(result.Findings, f => f.Kind == FindingKind.TableVsText);
    }

    [Theory]
    [InlineData("Persentase Perangkat Daerah yang Tertib Arsip tahun 2023 sebesar 65%, namun masih di bawah standar SPM yang mewajibkan seluruh (100%) perangkat daerah tertib arsip.")]
    [InlineData("Persentase Perangkat Daerah yang Tertib Arsip tahun 2023 sebesar 65%, masih di bawah standar pelayanan minimal yang menetapkan 100% perangkat daerah tertib arsip.")]
    public void The_share_a_standard_demands_is_no_figure_of_the_unit(string sentence)
    {
        var result = Report.Extract([.. Table, sentence]);

        Assert.Contains(Prose(result), v => v is { Value: 65m, Year: 2023 });
        Assert.DoesNotContain(Prose(result), v => v.Value == 100m);
    }
}
