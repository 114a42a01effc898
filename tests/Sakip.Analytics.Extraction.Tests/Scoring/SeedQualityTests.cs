using Sakip.Analytics.Extraction.Output;
using Sakip.Analytics.Extraction.Scoring;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Scoring;

/// <summary>
/// The bar of issue 5, measured on the seed reports against their hand-made gold files. These are
/// quality tests: a change that makes the extractor worse on the genre makes them fail.
/// </summary>
public class SeedQualityTests
{
    public static TheoryData<string> SeedNames() => [.. Seeds.All];

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Indicator_akip_and_ikm_values_reach_95_recall_and_98_precision(string seed)
    {
        var report = Score(seed);
        foreach (var section in report.Sections.Where(s => s.Section is "indicators" or "akip" or "ikm"))
        {
            Assert.True(section.Recall >= 0.95, $"{seed} {section.Section} recall {section.Recall:P1}");
            Assert.True(section.Precision >= 0.98, $"{seed} {section.Section} precision {section.Precision:P1}");
        }
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Budget_lines_reach_90_recall_and_95_precision(string seed)
    {
        var budget = Score(seed).Sections.Single(s => s.Section == "budget");
        Assert.True(budget.Recall >= 0.90, $"{seed} budget recall {budget.Recall:P1}");
        Assert.True(budget.Precision >= 0.95, $"{seed} budget precision {budget.Precision:P1}");
    }

    [Fact]
    public void The_audit_finds_80_percent_of_the_gold_inconsistencies_of_the_audited_kinds()
    {
        var audited = FindingScore.Sum("all", Seeds.All.Select(s => Score(s).AuditedFindings));
        Assert.True(audited.Share >= 0.80, $"audit found {audited.Found} of {audited.Gold} ({audited.Share:P1})");
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Every_seed_has_80_percent_of_its_audited_inconsistencies_found(string seed)
    {
        var audited = Score(seed).AuditedFindings;
        Assert.True(audited.Share >= 0.80, $"{seed}: {audited.Found} of {audited.Gold}");
    }

    internal static ScoreReport Score(string seed) =>
        ExtractionScorer.Score(ExtractionJson.ToGold(Seeds.Extract(seed)), Seeds.Gold(seed));
}
