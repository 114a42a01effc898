using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Prose.Claims;

/// <summary>
/// Statements about the budget tables: absorption of every line above a threshold ("penyerapan
/// anggaran program semuanya di atas 95%") and shares ("Belanja Operasi sebesar 82% dan Belanja
/// Modal sebesar 18%", "Rp 2.857.294.000 ... sebesar 75% dari keseluruhan belanja langsung").
/// </summary>
internal static partial class BudgetClaims
{
    public static IEnumerable<ProseClaim> Read(string sentence, SourceRef source)
    {
        if (Absorption().IsMatch(sentence) && Everything().IsMatch(sentence) && Threshold().Match(sentence) is { Success: true } threshold
            && Percent(threshold.Groups["p"].Value) is { } value)
        {
            yield return new AbsorptionClaim(source, sentence, value);
        }

        if (ShareOfWhole().Match(sentence) is { Success: true } share && !NotAShare().IsMatch(share.Groups["whole"].Value)
            && Amount(share.Groups["amount"].Value) is { } amount && Percent(share.Groups["p"].Value) is { } percent)
        {
            yield return new ShareClaim(source, sentence, [new SharePart(null, amount, percent)], WholeName(share.Groups["whole"].Value));
        }
        else if (Proportion().IsMatch(sentence))
        {
            var parts = NamedShares().Matches(sentence).Select(m => (Label: Label(m.Groups["label"].Value), Percent: Percent(m.Groups["p"].Value)))
                .Where(p => p.Label.Length >= 4 && p.Percent is not null).Select(p => new SharePart(p.Label, null, p.Percent!.Value)).ToList();
            if (parts.Count >= 2)
            {
                yield return new ShareClaim(source, sentence, parts, null);
            }
        }
    }

    private static decimal? Percent(string text) => CellValue.TryParse(text, out var value) ? value.Number : null;

    private static decimal? Amount(string text) => CellValue.TryParse(text.TrimEnd(',', '-', '.'), out var value) ? value.Number : null;

    /// <summary>
    /// The words naming the share's part, after the last comma or "dan" ("Proporsi ..., Belanja Operasi"), without the
    /// lower-case words leading to a capitalised name ("terdiri dari Belanja Operasi").
    /// </summary>
    private static string Label(string text)
    {
        var label = " " + text.Split(',').Last();
        var and = label.LastIndexOf(" dan ", StringComparison.OrdinalIgnoreCase);
        return LeadingLowerCase().Replace((and >= 0 ? label[(and + 5)..] : label).Trim(), string.Empty);
    }

    [GeneratedRegex(@"^(?:[a-z]\S*\s+)+(?=[A-Z])")]
    private static partial Regex LeadingLowerCase();

    /// <summary>"keseluruhan belanja langsung Kecamatan X" is "belanja langsung".</summary>
    private static string WholeName(string text) => WholeCut().Split(LeadingWhole().Replace(text, string.Empty))[0].Trim();

    [GeneratedRegex(@"\b(penyerapan|serapan|realisasi)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Absorption();

    [GeneratedRegex(@"\b(semua|semuanya|seluruh|seluruhnya|setiap|masing-masing|tiap-tiap|tiap)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Everything();

    [GeneratedRegex(@"(?:\bdi\s*atas|\blebih\s+dari|\bmelebihi|\bminimal|\bsekurang-kurangnya|\bpaling\s+sedikit|>|≥)\s*(?<p>\d{1,3}(?:[.,]\d{1,2})?)\s*%", RegexOptions.IgnoreCase)]
    private static partial Regex Threshold();

    [GeneratedRegex(@"Rp\.?\s*(?<amount>\d{1,3}(?:[.,]\d{3})+(?:,\d{1,2})?)[^%]{0,160}?\b(?:sebesar|atau|yaitu|adalah)\s+(?<p>\d{1,3}(?:[.,]\d{1,2})?)\s*%\s*dari\s+(?<whole>(?:keseluruhan|total|jumlah|seluruh)\s+[A-Za-z /]{3,80})", RegexOptions.IgnoreCase)]
    private static partial Regex ShareOfWhole();

    [GeneratedRegex(@"\b(pagu|target|rencana)\b|^(?!.*\b(belanja|anggaran)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NotAShare();

    [GeneratedRegex(@"^\s*(?:keseluruhan|total|jumlah|seluruh)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingWhole();

    [GeneratedRegex(@"\s+\b(?:kecamatan|dinas|badan|kantor|sekretariat|inspektorat|satuan|tahun|pada|di|yang|untuk)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WholeCut();

    [GeneratedRegex(@"\b(proporsi|komposisi|porsi|persentase\s+alokasi)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Proportion();

    [GeneratedRegex(@"(?<label>[A-Za-z][A-Za-z/ ,]{3,80}?)\s+(?:(?:yaitu|yakni|adalah)\s+)?(?:sebesar|senilai|yaitu|yakni|adalah|mencapai)\s+(?<p>\d{1,3}(?:[.,]\d{1,2})?)\s*%", RegexOptions.IgnoreCase)]
    private static partial Regex NamedShares();
}
