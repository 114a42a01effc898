using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Prose.Claims;

/// <summary>
/// "Selama tahun 2023 terjadi 57 kejadian kebakaran", "tercatat sebanyak 57 kejadian", "jumlah penduduk 25.300 jiwa": a whole
/// count after words that state a total, in a clause about no single place or month ("terbanyak di Kecamatan X sebanyak
/// 18 kejadian" is a part).
/// </summary>
internal static partial class TotalClaims
{
    public static IEnumerable<TotalClaim> Read(string sentence, SourceRef source)
    {
        var years = Cues.Year().Matches(sentence).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();
        if (years.Count > 1)
        {
            yield break;
        }

        foreach (Match match in Total().Matches(sentence).Concat(NamedTotal().Matches(sentence)))
        {
            var clause = Clause(sentence, match.Index + match.Length);
            if (PartOfWhole().IsMatch(clause))
            {
                continue;
            }

            var value = decimal.Parse(match.Groups["n"].Value.Replace(".", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
            yield return new TotalClaim(source, sentence, value, match.Groups["n"].Value, NameKey.Of(match.Groups["noun"].Value), years.Count == 1 ? years[0] : null);
        }
    }

    private static string Clause(string sentence, int end)
    {
        var start = sentence.LastIndexOfAny([',', ';'], Math.Max(0, end - 1)) + 1;
        var stop = sentence.IndexOfAny([',', ';'], end);
        return sentence[start..(stop < 0 ? sentence.Length : stop)];
    }

    [GeneratedRegex(@"\b(?:terjadi|tercatat|sebanyak|sejumlah|seluruhnya|total|terdapat)\s+(?:sebanyak\s+)?(?<n>\d{1,3}(?:\.\d{3})*)(?![\d,.%]\d|\s*%)\s+(?:\([a-z ]+\)\s+)?(?<noun>[a-z]+(?:\s+[a-z]+)?)", RegexOptions.IgnoreCase)]
    private static partial Regex Total();

    /// <summary>"jumlah penduduk 25.300 jiwa", "jumlah pegawai sebanyak 29 orang": the total named before its figure.</summary>
    [GeneratedRegex(@"\b(?:jumlah|total)\s+(?<noun>penduduk|pegawai|asn|personil|personel|armada|rt|rw|kepala\s+keluarga|kelurahan|desa)\b(?:\s+(?!tahun\b|pada\b|di\b)[a-z]+){0,3}?\s+(?:sebanyak\s+|sebesar\s+|sejumlah\s+|adalah\s+|yaitu\s+|mencapai\s+|berjumlah\s+)?(?<n>\d{1,3}(?:\.\d{3})*)(?![\d,.%]\d|\s*%)", RegexOptions.IgnoreCase)]
    private static partial Regex NamedTotal();

    [GeneratedRegex(@"\b(terbanyak|tertinggi|terendah|tersedikit|paling|(?:di|pada)\s+(?:kecamatan|kelurahan|desa|bulan|wilayah|pos|wmk)|januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|triwulan|semester)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartOfWhole();
}
