using System.Globalization;
using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Model;

namespace Sakip.Analytics.Extraction.Prose.Claims;

/// <summary>
/// "rata-rata capaian sasaran 1 sebesar 98,50%", "capaian sasaran ... rata-rata sebesar 102,75%", "rata-rata capaian
/// IKU adalah 101,2%", "Rata-rata capaian kinerja Dinas ... sebesar 101,32%" (the unit's, all its IKU): a mean of capaian
/// stated in the prose, its decimals after a comma or, as some reports print them, a point.
/// </summary>
internal static partial class AverageClaims
{
    public static IEnumerable<AverageClaim> Read(string sentence, SourceRef source)
    {
        foreach (Match match in AverageFirst().Matches(sentence).Concat(CapaianFirst().Matches(sentence)))
        {
            var text = match.Groups["v"].Value;
            var value = decimal.Parse(text.Replace(',', '.'), CultureInfo.InvariantCulture);
            int? number = match.Groups["n"].Success ? int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture) : null;
            yield return new AverageClaim(source, sentence, match.Groups["sasaran"].Success, number, value, text);
        }
    }

    [GeneratedRegex(@"\brata[- ]?rata\s+capaian(?:\s+kinerja)?(?:\s+(?:dari|pada|untuk))?\s+(?:(?<sasaran>sasaran)(?:\s+strategis)?(?:\s+(?<n>\d{1,2})\b)?|iku\b|indikator\s+kinerja\s+utama\b|seluruh\s+indikator\b|(?:dinas|badan|kecamatan|kantor|sekretariat|inspektorat|satuan|perangkat\s+daerah|opd|instansi)\b)[^.%]{0,200}?\b(?:adalah|yaitu|sebesar|mencapai|yakni)\s+(?:sebesar\s+)?(?<v>\d{1,3}(?:[,.]\d{1,2})?)\s*%", RegexOptions.IgnoreCase)]
    private static partial Regex AverageFirst();

    [GeneratedRegex(@"\bcapaian(?:\s+kinerja)?\s+(?<sasaran>sasaran)(?:\s+strategis)?(?:\s+(?<n>\d{1,2})\b)?[^.%]{0,200}?\b(?:secara\s+)?rata[- ]?rata\s+(?:adalah\s+|yaitu\s+|sebesar\s+|mencapai\s+)?(?<v>\d{1,3}(?:[,.]\d{1,2})?)\s*%", RegexOptions.IgnoreCase)]
    private static partial Regex CapaianFirst();
}
