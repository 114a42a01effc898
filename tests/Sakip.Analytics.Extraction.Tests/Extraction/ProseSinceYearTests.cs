using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>"sejak 2021": the year a trend starts from, given its own figure or not, is no year of the figures around it.</summary>
public class ProseSinceYearTests
{
    /// <summary>The tertib arsip share (70 / 65 / 92,86) and the IKM (82 / 83,10 / 101,34) of <see cref="ProseGenreTests"/>.</summary>
    private static readonly string[] Table = ProseGenreTests.Table;

    private static List<ExtractedIndicatorValue> Prose(ExtractionResult result) => [.. result.Indicators.Where(v => v.Source.IsProse)];

    [Fact]
    public void The_figure_in_brackets_after_the_year_a_rise_started_is_that_years_level()
    {
        var result = Report.Extract([.. Table, "Indeks Kepuasan Masyarakat tahun 2023 sebesar 83,10. IKM naik 2,05 poin, melanjutkan kenaikan sejak 2021 (79,40)."]);

        Assert.Contains(Prose(result), v => v is { Kind: IndicatorValueKind.Realization, Value: 79.40m, Year: 2021 });
    }

    [Fact]
    public void A_trend_since_a_year_hands_that_year_to_no_later_sentence()
    {
        var result = Report.Extract([.. Table,
            "Indeks Kepuasan Masyarakat terus meningkat sejak 2021 (79,40). Indeks Kepuasan Masyarakat tercatat 83,10 dengan capaian 101,34%."]);

        Assert.Contains(Prose(result), v => v is { Value: 79.40m, Year: 2021 });
        Assert.Contains(Prose(result), v => v is { Kind: IndicatorValueKind.Realization, Value: 83.10m, Year: 2023 });
        Assert.DoesNotContain(Prose(result), v => v.Value == 83.10m && v.Year == 2021);
    }

    [Fact]
    public void A_trend_since_a_year_ends_at_the_semicolon_before_the_next_indicator()
    {
        var result = Report.Extract([.. Table,
            "Indeks Kepuasan Masyarakat tercatat 83,10 dan terus meningkat sejak 2021; persentase perangkat daerah yang tertib arsip mencapai 65% (capaian 92,86%)."]);

        Assert.Contains(Prose(result), v => v is { Kind: IndicatorValueKind.Realization, Value: 65m, Year: 2023 });
        Assert.Contains(Prose(result), v => v is { Kind: IndicatorValueKind.ReportedCapaian, Value: 92.86m, Year: 2023 });
        Assert.DoesNotContain(Prose(result), v => v.Year == 2021);
    }
}
