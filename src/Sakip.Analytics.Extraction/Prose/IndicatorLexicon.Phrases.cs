using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;

namespace Sakip.Analytics.Extraction.Prose;

/// <summary>
/// "Untuk indikator hukuman disiplin, capaian ...": right after the word "indikator" prose names an indicator by a
/// few words of its name; they stand for the one indicator whose name has them (a sasaran's first, if a program's has them too).
/// </summary>
internal sealed partial class IndicatorLexicon
{
    private const int MinPhraseWords = 2;
    private const int MaxPhraseWords = 4;

    private void AddNamedAfterIndikator(string text, string key, List<(ExtractedIndicatorValue Template, int Position)> found)
    {
        foreach (Match named in AfterIndikator().Matches(text))
        {
            var words = Key(named.Groups["words"].Value).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var count = Math.Min(words.Length, MaxPhraseWords); count >= MinPhraseWords; count--)
            {
                var phrase = " " + string.Join(' ', words.Take(count)) + " ";
                var holders = templates.Where(t => (" " + Key(t.Indicator) + " ").Contains(phrase, StringComparison.Ordinal)).ToList();
                if (holders.Count == 0)
                {
                    continue;
                }

                var own = holders.Where(t => t.Level is IndicatorLevel.Sasaran or IndicatorLevel.Tujuan).ToList();
                var holder = holders.Count == 1 ? holders[0] : own.Count == 1 ? own[0] : null;
                if (holder is not null && !found.Exists(f => Key(f.Template.Indicator) == Key(holder.Indicator)))
                {
                    found.Add((holder, Math.Max(0, key.IndexOf(phrase, StringComparison.Ordinal))));
                }

                break;
            }
        }
    }

    [GeneratedRegex(@"\bindikator\s+(?<words>[^,.;:()]+)", RegexOptions.IgnoreCase)]
    private static partial Regex AfterIndikator();
}
