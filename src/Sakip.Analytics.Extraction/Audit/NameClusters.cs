using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Identity;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Audit;

/// <summary>
/// Groups the ways a report words the same indicator or budget line ("Hasil Survei Kepuasan
/// Masyarakat (SKM) pada bidang pelayanan publik" and "... pada Bidang Pelayanan Publik."), so
/// that their figures can be compared. The unit's own name variants are read as one word, older spellings
/// and abbreviations ("ketentraman", "SPM") as the standard words.
/// </summary>
internal sealed partial class NameClusters
{
    private readonly Dictionary<string, int> clusterOf = [];

    public NameClusters(IEnumerable<string> names, string unit, IEnumerable<string> unitVariants, double trigramThreshold, double containmentThreshold)
    {
        var canonical = NameKey.Of(UnitNames.Core(unit));
        var variants = unitVariants.Select(v => NameKey.Of(UnitNames.Core(v))).Where(v => v.Length > 0 && v != canonical).Distinct().OrderByDescending(v => v.Length).ToList();
        var keys = names.Select(n => (Name: n, Key: Normalize(n, canonical, variants), Short: ShortWords.Of(n), Measure: MeasureOf(n))).DistinctBy(n => n.Name).ToList();
        var parent = Enumerable.Range(0, keys.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (var i = 0; i < keys.Count; i++)
        {
            for (var j = i + 1; j < keys.Count; j++)
            {
                if (Similar(keys[i].Key, keys[j].Key, trigramThreshold, containmentThreshold) && !ShortWords.Distinguish(keys[i].Key, keys[i].Short, keys[j].Key, keys[j].Short)
                    && !MeasuresDiffer(keys[i].Measure, keys[j].Measure) && !NegationsDiffer(keys[i].Key, keys[j].Key)
                    && !MarkersDiffer(keys[i].Key, keys[j].Key))
                {
                    parent[Find(i)] = Find(j);
                }
            }
        }

        for (var i = 0; i < keys.Count; i++)
        {
            clusterOf[keys[i].Name] = Find(i);
        }
    }

    public int Of(string name) => clusterOf.TryGetValue(name, out var cluster) ? cluster : -1;

    /// <summary>
    /// "Jumlah kejadian kebakaran yang ditangani" and "Persentase kejadian kebakaran yang ditangani": a count and a share
    /// (or a ratio, or an average) of the same thing are two indicators, however alike the rest of their names.
    /// </summary>
    private static bool MeasuresDiffer(string? a, string? b) => a is not null && b is not null && a != b;

    /// <summary>
    /// "Penyelamatan korban kebakaran" and "penyelamatan korban non kebakaran", "ditangani" and "tidak ditangani": a name
    /// and its negation are two indicators, though one holds every word of the other.
    /// </summary>
    private static bool NegationsDiffer(string a, string b) => Negations(a) != Negations(b);

    private static int Negations(string key) => key.Split(' ').Count(Negating.Contains);

    private static readonly HashSet<string> Negating = ["non", "tidak", "bukan", "tanpa", "selain"];

    /// <summary>
    /// "Waktu tanggap ≤ 15 menit" and "≤ 30 menit", "pos tipe A" and "tipe B", "Pemadam I" and "Pemadam II": names that
    /// each carry a number, a letter or a numeral of their own are two indicators. A name that carries none may be the
    /// other worded short.
    /// </summary>
    private static bool MarkersDiffer(string a, string b)
    {
        var markersOfA = Markers(a);
        var markersOfB = Markers(b);
        return markersOfA.Length > 0 && markersOfB.Length > 0 && !markersOfA.SequenceEqual(markersOfB);
    }

    // A number, a letter or a numeral: the words that number a row ("1", "a", "IV") and numbers of any length.
    private static string[] Markers(string key) =>
        [.. key.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.All(char.IsAsciiDigit) || NameKey.IsEnumerator(w)).Order(StringComparer.Ordinal)];

    /// <summary>"Per 10.000 penduduk" and "per 10000 penduduk": a number printed with group separators is one word.</summary>
    private static string WithNumbersWhole(string key) => DigitGroups().Replace(key, string.Empty);

    [GeneratedRegex(@"(?<=\d) (?=\d{3}\b)")]
    private static partial Regex DigitGroups();

    private static string? MeasureOf(string name) =>
        NameKey.WithoutEnumerator(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() is { } first
            && Measures.TryGetValue(first, out var measure) ? measure : null;

    private static readonly Dictionary<string, string> Measures = new()
    {
        ["jumlah"] = "count", ["banyaknya"] = "count", ["persentase"] = "share", ["prosentase"] = "share", ["presentase"] = "share",
        ["proporsi"] = "share", ["rasio"] = "ratio", ["rata"] = "average",
    };

    private static string Normalize(string name, string canonical, List<string> variants)
    {
        var key = " " + NameAbbreviations.Expand(SpellingVariants.Fold(WithNumbersWhole(NameKey.WithoutEnumerator(name)))) + " ";
        foreach (var lead in new[] { " total ", " jumlah ", " kegiatan ", " sub kegiatan " })
        {
            if (key.StartsWith(lead, StringComparison.Ordinal) && key.Length > lead.Length + 8)
            {
                key = key[(lead.Length - 1)..];
            }
        }

        foreach (var variant in variants)
        {
            key = key.Replace(" " + variant + " ", " " + canonical + " ", StringComparison.Ordinal);
        }

        return key.Trim();
    }

    private static bool Similar(string a, string b, double trigramThreshold, double containmentThreshold)
    {
        if (a == b)
        {
            return true;
        }

        var shorter = Math.Min(a.Split(' ').Length, b.Split(' ').Length);
        return Similarity.Trigram(a, b) >= trigramThreshold && !Similarity.EachHasOwnWord(a, b)
            || shorter >= 3 && Similarity.WordContainment(a, b) >= containmentThreshold;
    }
}
