using System.Globalization;
using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Model;

namespace Sakip.Analytics.Extraction.Prose.Claims;

/// <summary>
/// "Nilai IKM Dinas X tahun 2023 sebesar 85,37", "Indeks Kepuasan Masyarakat ... mencapai 84,17": the survey result the prose
/// states, of the year named nearest before it (or the only one the sentence names). Not a target, not a pemda's, a
/// province's or the nation's, and no percentage; a sentence naming another unit than the report's gives none.
/// </summary>
internal static partial class IkmClaims
{
    public static IEnumerable<IkmClaim> Read(string sentence, SourceRef source, Func<string, bool> namesOtherUnit)
    {
        foreach (Match match in Stated().Matches(sentence))
        {
            var before = sentence[..match.Groups["v"].Index];
            var gap = match.Groups["gap"].Value;
            if (NotTheUnits().IsMatch(before) || namesOtherUnit(before))
            {
                continue;
            }

            var text = match.Groups["v"].Value;
            var value = decimal.Parse(text.Replace(',', '.'), CultureInfo.InvariantCulture);
            if (value is < 25 or > 100)
            {
                continue;
            }

            var yearBefore = Cues.Year().Matches(gap).LastOrDefault();
            var years = Cues.Year().Matches(sentence).Select(m => m.Value).Distinct().ToList();
            int? year = yearBefore is not null ? int.Parse(yearBefore.Value, CultureInfo.InvariantCulture)
                : years.Count == 1 ? int.Parse(years[0], CultureInfo.InvariantCulture) : null;
            yield return new IkmClaim(source, sentence, value, text, year);
        }
    }

    [GeneratedRegex(@"\b(?:IKM|SKM|indeks\s+kepuasan\s+masyarakat|survei\s+kepuasan\s+masyarakat)\b(?<gap>(?:[^.;%\d]|\b(?:19|20)\d\d\b){0,80}?)\b(?:sebesar|adalah|mencapai|yaitu|yakni|senilai|memperoleh|diperoleh|menjadi|dengan\s+nilai)\s*:?\s*(?<v>\d{2,3}(?:[,.]\d{1,3})?)(?![\d.,]*\d|\s*%|\s*persen)", RegexOptions.IgnoreCase)]
    private static partial Regex Stated();

    [GeneratedRegex(@"\b(target|ditargetkan|rata[- ]?rata\s+(?:nasional|provinsi)|nasional|provinsi|standar|unsur|NRR)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotTheUnits();
}
