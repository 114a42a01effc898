using System.Globalization;
using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Model;

namespace Sakip.Analytics.Extraction.Prose.Claims;

/// <summary>
/// "42 kejadian yang tertangani dibagi 50 kejadian kebakaran dikali 100%, yaitu 84,00%", "23 orang dibandingkan jumlah korban
/// sebanyak 25 orang, sehingga diperoleh 96,00%": two whole counts of the same thing, one set against the other, and the
/// percentage the sentence says that gives. Nothing else may stand between them: no third figure, no sentence break.
/// </summary>
internal static partial class RatioClaims
{
    public static IEnumerable<RatioClaim> Read(string sentence, SourceRef source)
    {
        var plain = TimesHundred().Replace(sentence, " ");
        foreach (Match match in Ratio().Matches(plain))
        {
            if (match.Groups["an"].Value.Length > 0 && match.Groups["bn"].Value.Length > 0
                && !string.Equals(match.Groups["an"].Value, match.Groups["bn"].Value, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var part = Whole(match.Groups["a"].Value);
            var whole = Whole(match.Groups["b"].Value);
            if (whole == 0 || IsYear(match.Groups["a"].Value) || IsYear(match.Groups["b"].Value))
            {
                continue;
            }

            var text = match.Groups["p"].Value;
            yield return new RatioClaim(source, sentence, part, whole, decimal.Parse(text.Replace(',', '.'), CultureInfo.InvariantCulture), text);
        }
    }

    private static decimal Whole(string digits) => decimal.Parse(digits.Replace(".", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);

    private static bool IsYear(string digits) => digits.Length == 4 && digits[..2] is "19" or "20";

    [GeneratedRegex(@"\b(?:dikali(?:kan)?|dikalikan\s+dengan|x|×)\s*100\s*(?:%|persen)?", RegexOptions.IgnoreCase)]
    private static partial Regex TimesHundred();

    [GeneratedRegex(
        @"(?<![\d.,])(?<a>\d{1,3}(?:\.\d{3})*)(?![\d,.]\d|\s*%)\s+(?<an>[a-z]+)?[^.%\d;]{0,80}?\b(?:dibagi(?:\s+dengan)?|dibandingkan(?:\s+dengan)?)\b[^.%\d;]{0,60}?(?<![\d.,])(?<b>\d{1,3}(?:\.\d{3})*)(?![\d,.]\d|\s*%)\s+(?<bn>[a-z]+)?[^.%\d;]{0,60}?\b(?:sehingga(?:\s+diperoleh)?|diperoleh|yaitu|yakni|atau|sebesar|menjadi|hasilnya|=)\s*(?:sebesar\s+)?(?<p>\d{1,3}(?:,\d{1,2})?)\s*%",
        RegexOptions.IgnoreCase)]
    private static partial Regex Ratio();
}
