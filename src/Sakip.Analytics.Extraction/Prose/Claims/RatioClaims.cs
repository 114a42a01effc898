using System.Globalization;
using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Model;

namespace Sakip.Analytics.Extraction.Prose.Claims;

/// <summary>
/// "42 kejadian yang tertangani dibagi 50 kejadian kebakaran dikali 100%, yaitu 84,00%", "23 orang dibandingkan jumlah korban
/// sebanyak 25 orang, sehingga diperoleh 96,00%": two whole counts of the same thing, one set against the other, and the
/// percentage the sentence says that gives. Nothing else may stand between them: no third figure, no sentence break.
/// The part may also be told as a share of the whole: "60 dari 68 kejadian (88,24%)", "dari 68 kejadian, sebanyak 60
/// kejadian ... (88,24%)", "68 kejadian, 60 kejadian di antaranya ... atau 88,24%", or after the percentage ("93,02%, yaitu 40
/// dari 43 perangkat daerah"). A time limit the part is measured against ("≤ 15 menit") is not a third figure; a target,
/// capaian or budget between the figures makes it no share.
/// </summary>
internal static partial class RatioClaims
{
    public static IEnumerable<RatioClaim> Read(string sentence, SourceRef source)
    {
        var plain = TimeLimits.Blanked(TimesHundred().Replace(sentence, " "));
        var told = new HashSet<int>();
        foreach (var match in Shares(plain).Where(m => IsShare(plain, m)))
        {
            // Several patterns may find the one percentage: the first share kept speaks for it.
            if (told.Add(match.Groups["p"].Index))
            {
                var text = match.Groups["p"].Value;
                yield return new RatioClaim(source, sentence, Whole(match.Groups["a"].Value), Whole(match.Groups["b"].Value),
                    decimal.Parse(text.Replace(',', '.'), CultureInfo.InvariantCulture), text);
            }
        }
    }

    /// <summary>Two counts of one thing (the same noun, when both print one), the part no more than the whole, neither a year, nothing else counted between.</summary>
    private static bool IsShare(string plain, Match match)
    {
        var (partNoun, wholeNoun) = (match.Groups["an"].Value, match.Groups["bn"].Value);
        if (partNoun.Length > 0 && wholeNoun.Length > 0 && !string.Equals(partNoun, wholeNoun, StringComparison.OrdinalIgnoreCase)
            || NotACount().IsMatch(Around(plain, match)) || IsYear(match.Groups["a"].Value) || IsYear(match.Groups["b"].Value))
        {
            return false;
        }

        var whole = Whole(match.Groups["b"].Value);
        return whole > 0 && Whole(match.Groups["a"].Value) <= whole;
    }

    private static IEnumerable<Match> Shares(string plain) =>
        new[] { Ratio(), PartOfWhole(), FromWholeThenPart(), PartAmongWhole(), PercentThenShare() }.SelectMany(pattern => pattern.Matches(plain));

    /// <summary>The words between the counts and the percentage; for a percentage given first, also the words just before it.</summary>
    private static string Around(string plain, Match match)
    {
        var firstCount = Math.Min(match.Groups["a"].Index, match.Groups["b"].Index);
        var percent = match.Groups["p"].Index;
        return percent > firstCount ? plain[firstCount..percent] : plain[Math.Max(0, percent - 40)..firstCount];
    }

    private static decimal Whole(string digits) => decimal.Parse(digits.Replace(".", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);

    private static bool IsYear(string digits) => digits.Length == 4 && digits[..2] is "19" or "20";

    [GeneratedRegex(@"\b(?:dikali(?:kan)?|dikalikan\s+dengan|x|×)\s*100\s*(?:%|persen)?", RegexOptions.IgnoreCase)]
    private static partial Regex TimesHundred();

    // A whole count ("1.250", "1000"): all its digits, no decimal, no percentage.
    private const string Count = @"\d{1,3}(?:\.\d{3})*(?!\d|[,.]\d|\s*%)";

    // The percentage the sentence says the counts give ("88,24 %").
    private const string Percent = @"(?<p>\d{1,3}(?:,\d{1,2})?)\s*%";

    // "... atau 88,24%", "... (88,24%)", "... sebesar 88,24%": the percentage after the counts in the same clause (no comma).
    private const string ThatIs = @"[^.%\d;,]{0,80}?(?:\(|\b(?:atau|sebesar|yaitu|yakni)\b|=)\s*(?:sebesar\s+)?" + Percent;

    // "dari 68", "dari jumlah 68": the whole the part is out of.
    private const string OfWhole = @"dari\s+(?:total\s+|jumlah\s+|sebanyak\s+)?(?<b>" + Count + ")";

    [GeneratedRegex(
        @"(?<![\d.,])(?<a>" + Count + @")\s+(?<an>[a-z]+)?[^.%\d;]{0,80}?\b(?:dibagi(?:\s+dengan)?|dibandingkan(?:\s+dengan)?)\b[^.%\d;]{0,60}?(?<![\d.,])(?<b>" + Count
        + @")\s+(?<bn>[a-z]+)?[^.%\d;]{0,60}?\b(?:sehingga(?:\s+diperoleh)?|diperoleh|yaitu|yakni|atau|sebesar|menjadi|hasilnya|=)\s*(?:sebesar\s+)?" + Percent,
        RegexOptions.IgnoreCase)]
    private static partial Regex Ratio();

    // "60 dari 68 kejadian ... (88,24%)", "23 orang dari 25 orang korban atau 96,00%".
    [GeneratedRegex(@"(?<![\d.,])(?<a>" + Count + @")\s+(?:(?<an>[a-z]+)\s+)?" + OfWhole + @"\s+(?<bn>[a-z]+)?" + ThatIs, RegexOptions.IgnoreCase)]
    private static partial Regex PartOfWhole();

    // "dari 68 kejadian kebakaran, sebanyak 60 kejadian ... (88,24%)".
    [GeneratedRegex(@"\b" + OfWhole + @"\s+(?<bn>[a-z]+)[^.%\d;]{0,60}?,\s*(?:sebanyak\s+)?(?<a>" + Count + @")\s+(?<an>[a-z]+)?" + ThatIs, RegexOptions.IgnoreCase)]
    private static partial Regex FromWholeThenPart();

    // "terjadi 68 kejadian kebakaran, 61 kejadian di antaranya ... atau 88,24%".
    [GeneratedRegex(
        @"(?<![\d.,])(?<b>" + Count + @")\s+(?<bn>[a-z]+)[^.%\d;]{0,60}?,\s*(?:sebanyak\s+)?(?<a>" + Count + @")\s+(?:(?<an>[a-z]+)\s+)?di\s*antaranya\b" + ThatIs,
        RegexOptions.IgnoreCase)]
    private static partial Regex PartAmongWhole();

    // "mencapai 93,02%, yaitu 40 dari 43 perangkat daerah", "88,24% kejadian, atau 60 dari 68 kejadian".
    [GeneratedRegex(
        @"(?<![\d.,])" + Percent + @"[^.%\d;]{0,30}?\b(?:yaitu|yakni|atau|sebanyak)\s+(?:sebanyak\s+)?(?<a>" + Count + @")\s+(?:(?<an>[a-z]+)\s+)?" + OfWhole + @"(?:\s+(?<bn>[a-z]+))?",
        RegexOptions.IgnoreCase)]
    private static partial Regex PercentThenShare();

    // A target, capaian, realization, budget, rank, mean or change between the figures (or just before a percentage given
    // first): the percentage is then not their share.
    [GeneratedRegex(@"\b(?:target|capaian|realisasi|anggaran|pagu|indeks|nilai|skor|rp|peringkat|rata|persentase|cakupan|naik|turun|meningkat|menurun|kenaikan|penurunan|peningkatan|selisih|sebelumnya|sementara|sedangkan)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotACount();
}
