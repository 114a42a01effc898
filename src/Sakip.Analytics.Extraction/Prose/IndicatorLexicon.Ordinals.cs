using System.Globalization;
using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;

namespace Sakip.Analytics.Extraction.Prose;

internal sealed partial class IndicatorLexicon
{
    /// <summary>
    /// Whether a sentence points at an indicator by its place ("Indikator kinerja kedua", "indikator ke-3", "IKU 2"):
    /// <paramref name="indicator"/> is the unit's sasaran indicator in that place, in the order the tables list them,
    /// or null when there is none there.
    /// </summary>
    public bool IsNumberedReference(string sentence, out ExtractedIndicatorValue? indicator)
    {
        indicator = null;
        var match = NumberedIndicator().Match(sentence);
        if (!match.Success)
        {
            return false;
        }

        var place = PlaceOf(match);
        var own = templates.Where(t => t.Level == IndicatorLevel.Sasaran).ToList() is { Count: > 0 } sasaran
            ? sasaran
            : [.. templates.Where(t => t.Level == IndicatorLevel.Tujuan)];
        indicator = place >= 1 && place <= own.Count ? own[place - 1] : null;
        return true;
    }

    /// <summary>
    /// Whether a sentence points at a sasaran by its number ("Capaian sasaran 2 sebesar 75%"): <paramref name="sole"/> is its
    /// indicator when the tables give that sasaran only one (the sasarans in the order the tables list them), else null.
    /// </summary>
    public bool IsNumberedGoal(string sentence, out ExtractedIndicatorValue? sole)
    {
        sole = null;
        var match = NumberedGoal().Match(sentence);
        if (!match.Success)
        {
            return false;
        }

        sole = SoleOfSasaran(PlaceOf(match));
        return true;
    }

    /// <summary>
    /// "dengan capaian sasaran 1 sebesar 101,42%, sasaran 2 sebesar 102,01% dan sasaran 3 sebesar 83,34%": a sentence listing
    /// two numbered sasarans or more, cut before each, every clause with its sasaran's sole indicator (null where the tables
    /// give it more) and led by the words before the first that say what the figures are ("dengan capaian"); else none.
    /// </summary>
    public List<(string Clause, ExtractedIndicatorValue? Sole)> NumberedGoalClauses(string sentence)
    {
        var matches = NumberedGoal().Matches(sentence);
        if (matches.Count < 2)
        {
            return [];
        }

        var lead = WordsBeforeFigures().Match(sentence[..matches[0].Index]).Value;
        return [.. matches.Select((m, i) => (lead + sentence[m.Index..(i + 1 < matches.Count ? matches[i + 1].Index : sentence.Length)], SoleOfSasaran(PlaceOf(m))))];
    }

    private ExtractedIndicatorValue? SoleOfSasaran(int place)
    {
        var sasaran = goals.Where(g => g.Indicators[0].Level == IndicatorLevel.Sasaran).ToList();
        return place >= 1 && place <= sasaran.Count ? SoleIndicator(sasaran[place - 1]) : null;
    }

    // The words after the last figure or comma: "dengan capaian " of "... tahun 2023 baik, dengan capaian ".
    [GeneratedRegex(@"[^\d,;:]*$")]
    private static partial Regex WordsBeforeFigures();

    private static int PlaceOf(Match match) => match.Groups["digits"].Success
        ? int.Parse(match.Groups["digits"].Value, CultureInfo.InvariantCulture)
        : Array.IndexOf(OrdinalWords, match.Groups["word"].Value.ToLowerInvariant()) + 1;

    [GeneratedRegex(@"\bsasaran(?:\s+strategis)?\s+(?:ke\s*-?\s*(?<digits>\d{1,2})\b|(?<digits>\d{1,2})(?![\d.,])|(?<word>" + Ordinals + @")\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedGoal();

    // "kedua" is the second: the words for places one to ten.
    private const string Ordinals = "pertama|kedua|ketiga|keempat|kelima|keenam|ketujuh|kedelapan|kesembilan|kesepuluh";

    private static readonly string[] OrdinalWords = Ordinals.Split('|');

    [GeneratedRegex(@"\b(?:indikator(?:\s+kinerja)?(?:\s+utama)?(?:\s+sasaran)?\s+(?:ke\s*-?\s*(?<digits>\d{1,2})\b|(?<word>" + Ordinals + @")\b)|IKU\s+(?:ke\s*-?\s*)?(?<digits>\d{1,2})(?![\d.,]))", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedIndicator();
}
