using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Identity;

internal static partial class ProfileDetector
{
    /// <summary>
    /// The reporting unit as the cover prints it (the first unit name in the title area), else the
    /// most cited; resolved to a known unit when the caller gave the tenant's units.
    /// </summary>
    private static (string Name, UnitKind Kind) UnitName(List<(int Number, string Text)> lines, ExtractionOptions options)
    {
        string? found = null;
        foreach (var (_, text) in lines.Take(TitleLines * 2))
        {
            if (text.Length < 100 && UnitNames.Find(text) is { } name)
            {
                found = name;
                break;
            }
        }

        if (found is null)
        {
            found = lines.SelectMany(l => UnitNames.FindAll(l.Text)).GroupBy(n => n).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault()
                ?? "Unit tidak dikenal";
        }

        if (options.KnownUnits.Count > 0 && new UnitResolver(options.KnownUnits).Resolve(found) is { } known)
        {
            return (known.Name, known.Kind);
        }

        return (found, UnitNames.KindOf(found));
    }

    /// <summary>
    /// Every other way the report writes the unit's name ("Kecamatan Sumpalsari", "Kec. Sei Balai",
    /// "KECAMATAN SEI BALAI"), each with the lines it is printed on.
    /// </summary>
    private static Dictionary<string, IReadOnlyList<int>> UnitVariants(List<(int Number, string Text)> lines, string canonical)
    {
        var core = UnitNames.Core(canonical);
        var coreKey = NameKey.Of(core);
        var wordCount = core.Split(' ').Length;
        var variants = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (number, text) in lines)
        {
            foreach (Match match in Mention().Matches(text))
            {
                var words = match.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0 || UnitNames.IsStopWord(words[0]))
                {
                    continue;
                }

                // A shorter take abbreviates the name only where the name ends ("Camat Sei memperoleh"), not "Teluk Intan".
                var best = new[] { wordCount, wordCount + 1, wordCount - 1 }.Where(t => t >= 1 && t <= words.Length).Distinct()
                    .Where(t => t >= wordCount || t == words.Length || !char.IsUpper(words[t][0]))
                    .Select(take => string.Join(' ', words.Take(take)).TrimEnd('.', ',', ';', ':'))
                    .Select(candidate => (Candidate: candidate, Key: NameKey.Of(candidate)))
                    .Where(c => c.Key.Length >= 3 && IsSameName(c.Key, coreKey))
                    .OrderByDescending(c => Similarity.EditRatio(c.Key.Replace(" ", string.Empty, StringComparison.Ordinal), coreKey.Replace(" ", string.Empty, StringComparison.Ordinal)))
                    .Take(1);
                foreach (var (candidate, _) in best)
                {
                    var printed = $"{match.Groups["prefix"].Value} {candidate}";
                    if (printed != canonical)
                    {
                        if (!variants.TryGetValue(printed, out var at))
                        {
                            variants[printed] = at = [];
                        }

                        at.Add(number);
                    }

                    break;
                }
            }
        }

        return variants.ToDictionary(p => p.Key, p => (IReadOnlyList<int>)p.Value);
    }

    /// <summary>
    /// Whether a printed name is a spelling of the unit's distinctive name (both as name keys, with
    /// spaces): "Sumpalsari" and "Sumber Sari" are Sumbersari; in a name of several words every word
    /// must be close, so "Tanjung Tiram" is not "Tanjung Merah".
    /// </summary>
    internal static bool IsSameName(string name, string canonical)
    {
        var key = name.Replace(" ", string.Empty, StringComparison.Ordinal);
        var coreKey = canonical.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (key == coreKey)
        {
            return true;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var canonicalWords = canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 1 && words.Length == canonicalWords.Length)
        {
            return words.Zip(canonicalWords).All(p => p.First == p.Second || p.First.Length >= 4 && Similarity.EditRatio(p.First, p.Second) >= 0.7);
        }

        if (words.Length > 1 || canonicalWords.Length > 1)
        {
            // An abbreviation of a longer name ("Camat Sei" for Sei Balai) only when it is its start.
            return key.Length >= 4 && coreKey.StartsWith(key, StringComparison.Ordinal) && key.Length * 2 >= coreKey.Length && coreKey.Length - key.Length <= 5;
        }

        return Math.Abs(key.Length - coreKey.Length) <= 2 && key.Length >= 6 && key[..2] == coreKey[..2] && Similarity.EditRatio(key, coreKey) >= 0.7;
    }

    [GeneratedRegex(@"(?<prefix>Kantor\s+Kecamatan|Kantor\s+Camat|Kecamatan\s+Camat|KECAMATAN|Kecamatan|kecamatan|Kec\.|CAMAT|Camat)\s+(?=(?<name>[A-Za-z][A-Za-z.]*(?:\s+[A-Za-z][A-Za-z.]*){0,3}))")]
    private static partial Regex Mention();
}
