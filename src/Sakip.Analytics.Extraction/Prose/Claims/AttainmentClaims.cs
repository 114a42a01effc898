using System.Globalization;
using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Model;

namespace Sakip.Analytics.Extraction.Prose.Claims;

/// <summary>
/// "seluruh indikator kinerja telah mencapai target", "kedua indikator melampaui target",
/// "sebanyak 2 (dua) indikator capaian diatas target": a statement about how many sasaran
/// indicators reached their target. Negated statements ("belum mencapai target") are left out, and in "Dari 3 indikator,
/// sebanyak 2 indikator mencapai target" the claim is the 2, the count nearest the verb.
/// </summary>
internal static partial class AttainmentClaims
{
    private static readonly Dictionary<string, int> Ordinals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["kedua"] = 2, ["ketiga"] = 3, ["keempat"] = 4, ["kelima"] = 5, ["keenam"] = 6,
    };

    public static IEnumerable<AttainmentClaim> Read(string sentence, SourceRef source)
    {
        foreach (Match match in Claim().Matches(sentence))
        {
            var before = sentence[Math.Max(0, match.Index - 12)..match.Index];
            if (Negation().IsMatch(match.Groups["mid"].Value) || Negation().IsMatch(before) || NotIndicatorLevel().IsMatch(match.Groups["mid"].Value))
            {
                continue;
            }

            var quantifier = match.Groups["q"].Value;
            int? count = match.Groups["n"].Success ? int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture)
                : Ordinals.TryGetValue(quantifier, out var ordinal) ? ordinal : null;
            // "mencapai bahkan melampaui target" claims each reached its target, some passed it.
            var verb = match.Groups["verb"].Value;
            var exceeded = Exceeding().IsMatch(verb) && !Reaching().IsMatch(verb);
            yield return new AttainmentClaim(source, match.Value, count, exceeded);
        }
    }

    [GeneratedRegex(@"\b(?<q>seluruh|semua|kedua|ketiga|keempat|kelima|keenam|(?:sebanyak\s+)?(?<n>\d{1,2})\s*(?:\([a-z ]+\))?)\s+(?:[a-z]+\s+){0,2}?indikator\b(?<mid>(?:(?!\bindikator\b)[^.;]){0,120}?)\b(?<verb>(?:telah\s+|sudah\s+|berhasil\s+)?(?:(?:mencapai|memenuhi)\s+(?:bahkan|dan|atau|hingga|serta)\s+)?(?:mencapai|memenuhi|melampaui|melebihi)\s+target|di\s*atas\s+target|(?:telah\s+|sudah\s+)?tercapai|terpenuhi)", RegexOptions.IgnoreCase)]
    private static partial Regex Claim();

    [GeneratedRegex(@"\b(tidak|belum|kurang|di\s*bawah|meleset)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negation();

    [GeneratedRegex(@"^\s*(kegiatan|program|keluaran|output|sub)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotIndicatorLevel();

    [GeneratedRegex(@"melampaui|melebihi|atas", RegexOptions.IgnoreCase)]
    private static partial Regex Exceeding();

    [GeneratedRegex(@"\b(mencapai|memenuhi)\s+(bahkan|dan|atau|hingga|serta)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reaching();
}
