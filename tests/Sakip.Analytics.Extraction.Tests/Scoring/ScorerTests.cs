using Sakip.Analytics.Extraction.Output;
using Sakip.Analytics.Extraction.Scoring;

namespace Sakip.Analytics.Extraction.Tests.Scoring;

public class ScorerTests
{
    [Fact]
    public void An_indicator_value_matches_only_on_the_same_line_year_kind_and_value()
    {
        var gold = File(new GoldValue { Line = 10, Year = 2023, Kind = "target", Value = 85m });
        var extracted = File(
            new GoldValue { Line = 11, Year = 2023, Kind = "target", Value = 85m },
            new GoldValue { Line = 10, Year = 2022, Kind = "target", Value = 85m },
            new GoldValue { Line = 10, Year = 2023, Kind = "target_revised", Value = 85m },
            new GoldValue { Line = 10, Year = 2023, Kind = "target", Value = 85.5m });

        var section = ExtractionScorer.Score(extracted, gold).Sections.Single(s => s.Section == "indicators");

        Assert.Equal((1, 4, 0), (section.Gold, section.Extracted, section.Matched));
    }

    [Fact]
    public void Each_gold_fact_is_matched_once()
    {
        var gold = File(new GoldValue { Line = 10, Year = 2023, Kind = "target", Value = 85m });
        var extracted = File(new GoldValue { Line = 10, Year = 2023, Kind = "target", Value = 85.00m }, new GoldValue { Line = 10, Year = 2023, Kind = "target", Value = 85m });

        var section = ExtractionScorer.Score(extracted, gold).Sections.Single(s => s.Section == "indicators");

        Assert.Equal(0.5, section.Precision);
        Assert.Equal(1.0, section.Recall);
    }

    [Fact]
    public void An_inconsistency_is_found_only_when_both_sides_of_a_finding_are_on_its_lines()
    {
        var gold = new GoldFile { Inconsistencies = [new GoldInconsistency { Kind = "table_vs_table", Lines = [369, 381, 331] }] };
        GoldInconsistency Finding(int reported, int expected) => new()
        {
            Kind = "table_vs_table",
            Lines = [reported, expected],
            Locations = [new GoldLocation { Line = reported }, new GoldLocation { Line = expected }],
        };

        var onOneLine = ExtractionScorer.Score(new GoldFile { Inconsistencies = [Finding(369, 500)] }, gold).AuditedFindings;
        var onBoth = ExtractionScorer.Score(new GoldFile { Inconsistencies = [Finding(369, 331)] }, gold).AuditedFindings;

        Assert.Equal(0, onOneLine.Found);
        Assert.Equal(1, onBoth.Found);
    }

    [Fact]
    public void An_evaluation_whose_components_are_written_null_matches_one_without_components()
    {
        var gold = new GoldFile { Akip = [new GoldAkip { Line = 20, Year = 2022, Kind = "realization", Total = 70.41m, Components = null! }] };
        var extracted = new GoldFile { Akip = [new GoldAkip { Line = 20, Year = 2022, Kind = "realization", Total = 70.41m }] };

        var section = ExtractionScorer.Score(extracted, gold).Sections.Single(s => s.Section == "akip");

        Assert.Equal(1, section.Matched);
    }

    private static GoldFile File(params GoldValue[] values) => new() { Indicators = [new GoldIndicator { Values = [.. values] }] };
}
