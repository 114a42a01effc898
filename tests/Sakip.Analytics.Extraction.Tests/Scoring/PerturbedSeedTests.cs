using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Output;
using Sakip.Analytics.Extraction.Scoring;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Scoring;

/// <summary>
/// The seeds changed the way other reports differ from them (lines moved, the other number
/// format, another unit, other years, other figures): the extractor must follow, not remember.
/// </summary>
public partial class PerturbedSeedTests
{
    public static TheoryData<string> SeedNames() => [.. Seeds.All];

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Moving_every_line_down_moves_every_fact(string seed)
    {
        var text = "Catatan: dokumen ini dikonversi dari PDF.\n\n\n\n\n" + Seeds.Text(seed);
        var report = Score(Extract(seed, text), GoldTransforms.ShiftLines(Seeds.Gold(seed), 5));
        AssertAtBar(seed, report);
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Tables_in_the_english_number_format_read_the_same_figures(string seed)
    {
        var lines = Seeds.Text(seed).Split('\n').Select(l => l.Contains('\t', StringComparison.Ordinal) ? IndonesianNumber().Replace(l, m => ToEnglish(m.Value)) : l);
        var report = Score(Extract(seed, string.Join('\n', lines)), Seeds.Gold(seed));
        AssertAtBar(seed, report);
    }

    [Theory]
    [InlineData(Seeds.SeiBalai, "Sei Balai", "Tanjung Merah")]
    [InlineData(Seeds.Dumai, "Sungai Sembilan", "Bukit Kapur")]
    [InlineData(Seeds.Jember, "Sumbersari", "Kaliwates")]
    public void Another_unit_is_read_as_the_reporting_unit(string seed, string from, string to)
    {
        var text = Seeds.Text(seed).Replace(from, to, StringComparison.Ordinal).Replace(from.ToUpperInvariant(), to.ToUpperInvariant(), StringComparison.Ordinal);
        var result = Extract(seed, text);
        Assert.Equal($"Kecamatan {to}", result.Document.Unit);
        Assert.All(result.Indicators.Where(v => v.Source.Line < 700), v => Assert.DoesNotContain(from, v.Unit, StringComparison.Ordinal));
        AssertAtBar(seed, Score(result, Seeds.Gold(seed)));
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Every_year_one_later_gives_every_fact_one_year_later(string seed)
    {
        var text = Year().Replace(Seeds.Text(seed), m => (int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var result = Extract(seed, text);
        Assert.Equal(Seeds.Extract(seed).Document.ReportYear + 1, result.Document.ReportYear);
        AssertAtBar(seed, Score(result, GoldTransforms.ShiftYears(Seeds.Gold(seed), 1)));
    }

    [Fact]
    public void Changed_figures_are_read_as_printed()
    {
        var text = Seeds.Text(Seeds.Dumai).Replace("86,98", "85,47", StringComparison.Ordinal).Replace("86.98", "85.47", StringComparison.Ordinal);
        var gold = Seeds.Gold(Seeds.Dumai);
        foreach (var value in gold.Indicators.SelectMany(i => i.Values).Where(v => v.Value == 86.98m))
        {
            value.Value = 85.47m;
        }

        gold.Ikm.ForEach(i => i.Ikm = i.Ikm == 86.98m ? 85.47m : i.Ikm);
        var result = Extract(Seeds.Dumai, text);
        Assert.DoesNotContain(result.Indicators, v => v.Value == 86.98m);
        AssertAtBar(Seeds.Dumai, Score(result, gold));
    }

    private static ExtractionResult Extract(string seed, string text) => new ReportExtractor().ExtractText(seed + ".txt", text);

    private static ScoreReport Score(ExtractionResult result, GoldFile gold) => ExtractionScorer.Score(ExtractionJson.ToGold(result), gold);

    private static void AssertAtBar(string seed, ScoreReport report)
    {
        foreach (var section in report.Sections)
        {
            var (recall, precision) = section.Section == "budget" ? (0.90, 0.95) : (0.95, 0.98);
            Assert.True(section.Recall >= recall && section.Precision >= precision,
                $"{seed} {section.Section}: recall {section.Recall:P1}, precision {section.Precision:P1}");
        }
    }

    private static string ToEnglish(string number) =>
        number.Replace('.', '\u0000').Replace(',', '.').Replace('\u0000', ',');

    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d.,])|(?<![\d.,])\d+,\d+(?![\d.,])")]
    private static partial Regex IndonesianNumber();

    [GeneratedRegex(@"(?<!\d)20[12]\d(?!\d)")]
    private static partial Regex Year();
}
