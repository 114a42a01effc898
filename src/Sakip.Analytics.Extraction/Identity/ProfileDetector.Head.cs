using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Extraction.Identity;

internal static partial class ProfileDetector
{
    /// <summary>
    /// The head of the unit as signed: the name given with "Jabatan : CAMAT/KEPALA ...", or the
    /// name under the "CAMAT X" / "KEPALA ..." signature line; the most frequent spelling.
    /// </summary>
    private static string? HeadOfUnit(List<(int Number, string Text)> lines)
    {
        var names = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (NameField().Match(text) is { Success: true } field)
            {
                var next = lines.Skip(i + 1).Take(3).Select(l => l.Text).FirstOrDefault(t => t.Length > 0) ?? string.Empty;
                if (HeadTitle().IsMatch(next.Replace("Jabatan", string.Empty, StringComparison.OrdinalIgnoreCase).Trim(' ', ':')))
                {
                    names.Add(field.Groups["name"].Value.Trim());
                }
            }
            else if (HeadTitle().IsMatch(text) && text.Length < 60 && !text.Contains(':', StringComparison.Ordinal))
            {
                var next = lines.Skip(i + 1).Take(4).Select(l => l.Text).FirstOrDefault(t => t.Length > 0);
                if (next is not null && PersonName().IsMatch(next))
                {
                    names.Add(next.Trim());
                }
            }
        }

        return names.GroupBy(n => n).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
    }

    /// <summary>The capaian formula for lower-is-better indicators, when the report prints it.</summary>
    private static LowerIsBetterMethod? LowerIsBetter(List<(int Number, string Text)> lines)
    {
        foreach (var (_, text) in lines)
        {
            if (TwoTargetFormula().IsMatch(Latex().Replace(text, " ")))
            {
                return LowerIsBetterMethod.TwoTargetMinusRealization;
            }
        }

        return null;
    }

    // "capaian kinerja maksimal 100%", "nilai capaian dibatasi paling tinggi 100 persen", "capaian di atas 100% dihitung 100%".
    [GeneratedRegex(@"\bcapaian\b[^.;]{0,60}?\b(maksimal|maksimum|paling tinggi|dibatasi|tertinggi|dihitung)\s*(sebesar\s*)?100\s*(%|persen)", RegexOptions.IgnoreCase)]
    private static partial Regex CapaianCap();

    [GeneratedRegex(@"\\[a-z]+|[{}$]")]
    private static partial Regex Latex();

    [GeneratedRegex(@"^Nama\s*:\s*(?<name>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex NameField();

    [GeneratedRegex(@"^(CAMAT|Camat|KEPALA (DINAS|BADAN)|Kepala (Dinas|Badan)|INSPEKTUR|Inspektur|SEKRETARIS DAERAH|Sekretaris Daerah)\b")]
    private static partial Regex HeadTitle();

    [GeneratedRegex(@"^[A-Z][A-Za-z .'-]{2,60},\s*[A-Za-z.]+")]
    private static partial Regex PersonName();

    [GeneratedRegex(@"Target\s*-\s*\(\s*Realisasi\s*-\s*Target\s*\)|2\s*[x×]\s*Target\s*-\s*Realisasi|\(\s*2\s*[x×]?\s*T\s*-\s*R\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex TwoTargetFormula();
}
