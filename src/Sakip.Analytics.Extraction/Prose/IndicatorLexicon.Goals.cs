using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Prose;

internal sealed partial class IndicatorLexicon
{
    /// <summary>
    /// Whether a line heads the discussion of one sasaran (or tujuan): "Sasaran 2: Meningkatnya partisipasi masyarakat",
    /// "b. Sasaran Strategis 2", or the words of a goal the tables name, alone on their line. <paramref name="sole"/> is
    /// that goal's indicator when the tables give it only one: the sentences below speak of it even when they word it
    /// their own way ("dari 120 usulan musrenbang, 54 terakomodir atau 45%").
    /// </summary>
    public bool IsGoalHeading(string line, out ExtractedIndicatorValue? sole)
    {
        sole = null;
        var label = ProseGoalLabel().Match(line);
        var rest = Key(line[label.Length..]);
        if (rest.Length == 0)
        {
            return label.Success && label.Groups["number"].Success;
        }

        // A sentence that starts with the goal ("1. Sasaran \"Meningkatnya ...\" diukur dengan ... 2,62") is no heading.
        if (rest.Any(char.IsDigit))
        {
            return false;
        }

        var goal = goals.FirstOrDefault(g => rest == g.Key || label.Success && rest.StartsWith(g.Key + " ", StringComparison.Ordinal)
            && rest.Split(' ').Length - g.Key.Split(' ').Length <= MaxWordsAfterGoal);
        if (goal.Key is null)
        {
            return false;
        }

        sole = SoleIndicator(goal);
        return true;
    }

    /// <summary>
    /// "Capaian sasaran meningkatnya kecepatan penanganan kebakaran sebesar 105,26%": a sentence naming a goal the tables
    /// give, after the word "sasaran" (or "tujuan"), speaks of it; <paramref name="sole"/> is its indicator when it has only one.
    /// </summary>
    public bool IsNamedGoal(string sentence, out ExtractedIndicatorValue? sole)
    {
        sole = null;
        var key = " " + Key(sentence) + " ";
        var goal = goals.FirstOrDefault(g => key.Contains(" sasaran " + g.Key + " ", StringComparison.Ordinal)
            || key.Contains(" sasaran strategis " + g.Key + " ", StringComparison.Ordinal) || key.Contains(" tujuan " + g.Key + " ", StringComparison.Ordinal));
        if (goal.Key is null)
        {
            return false;
        }

        sole = SoleIndicator(goal);
        return true;
    }

    /// <summary>
    /// A goal's indicator when the tables measure it by that one alone, else null; one indicator worded longer in another
    /// table ("Prevalensi stunting pada balita" beside "Prevalensi stunting") is still one, but two names one table gives
    /// ("... ditindaklanjuti" and "... ditindaklanjuti tepat waktu") are two indicators.
    /// </summary>
    private static ExtractedIndicatorValue? SoleIndicator((string Key, List<ExtractedIndicatorValue> Indicators) goal)
    {
        if (goal.Indicators.Count == 0)
        {
            return null;
        }

        var shortest = goal.Indicators.MinBy(i => Key(i.Indicator).Length)!;
        var stem = Key(shortest.Indicator);
        return goal.Indicators.TrueForAll(i => Key(i.Indicator) == stem || Key(i.Indicator).StartsWith(stem + " ", StringComparison.Ordinal))
            && goal.Indicators.Select(i => i.Source.Table).Distinct().Count() == goal.Indicators.Count ? shortest : null;
    }

    /// <summary>
    /// Each goal with its indicators, in the order the tables first name them: from every value read, not only each
    /// indicator's first (an IKU table without goals may name the indicators first).
    /// </summary>
    private static List<(string Key, List<ExtractedIndicatorValue> Indicators)> GoalsOf(IEnumerable<ExtractedIndicatorValue> values, List<ExtractedIndicatorValue> templates) =>
        [.. values.Where(v => v.Level is IndicatorLevel.Sasaran or IndicatorLevel.Tujuan && Key(v.Goal).Split(' ').Length >= MinGoalWords)
            .GroupBy(v => Key(v.Goal))
            .Select(g => (g.Key, g.Select(v => templates.First(t => Key(t.Indicator) == Key(v.Indicator))).Distinct().ToList()))];

    // "Sasaran 2: Meningkatnya partisipasi masyarakat (Sasaran Strategis Kecamatan)": a heading's remark after the goal.
    private const int MaxWordsAfterGoal = 4;

    // A goal of fewer words ("Pelayanan") would head any line that starts with it.
    private const int MinGoalWords = 3;

    // "Sasaran 2:", "b. Sasaran Strategis ke-2 :", "Tujuan I -": the label a heading puts before the goal's words.
    [GeneratedRegex(@"^\s*(\d{1,2}\.|[a-zA-Z][.)])?\s*(sasaran|tujuan)(\s+strategis)?(\s+(ke\s*-?\s*)?(?<number>\d{1,2}|[IVX]{1,4})\b)?\s*[:.\-]?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ProseGoalLabel();
}
