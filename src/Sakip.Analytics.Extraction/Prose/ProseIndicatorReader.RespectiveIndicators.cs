using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Model;

namespace Sakip.Analytics.Extraction.Prose;

/// <summary>Figures listed for indicators listed before them ("Realisasi A dan B tahun 2023 masing-masing sebesar 92,5% dan 80%").</summary>
internal static partial class ProseIndicatorReader
{
    /// <summary>
    /// The indicator a figure belongs to when the sentence names several indicators ahead of "masing-masing" or
    /// "berturut-turut": the n-th figure after the mark takes the n-th indicator. Null when the sentence does not
    /// list indicators so (a list of years takes the figures instead), or lists fewer indicators than figures up to this one.
    /// </summary>
    private static ExtractedIndicatorValue? RespectiveIndicator(string sentence, ProseNumber number, IndicatorLexicon lexicon, int reportYear)
    {
        var mark = RespectiveMark().Match(sentence[..number.Start]);
        if (!mark.Success || RespectiveYear(sentence, number, reportYear) is not null)
        {
            return null;
        }

        var named = lexicon.Mentions(sentence[..mark.Index]).OrderBy(m => m.Position).Select(m => m.Template).DistinctBy(t => t.Indicator).ToList();
        if (named.Count < 2)
        {
            return null;
        }

        var index = PlaceAfterMark(sentence, mark.Index + mark.Length, number);
        return index < named.Count ? named[index] : null;
    }

    [GeneratedRegex(@"\b(?:" + RespectivelyWords + @")\b", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex RespectiveMark();
}
