using System.Text.RegularExpressions;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Audit;

/// <summary>
/// The short words of a name that still name a thing ("Indeks Kualitas Air", "Angka Kematian Ibu", "Angka Partisipasi
/// Murni SD"): two names alike but for "Air" and "Udara", "Ibu" and "Bayi", or "SD" and "SMP" are two indicators.
/// Connectives, an abbreviation in parentheses (it restates the name) and the abbreviations reports swap for one
/// another ("IKM" and "SKM", "OPD" and "SKPD") do not count.
/// </summary>
internal static partial class ShortWords
{
    private static readonly HashSet<string> NotNaming =
    [
        "dan", "di", "ke", "per", "yg", "dgn", "pd", "ini", "itu", "ada", "nya", "pun", "utk", "thd", "sbg", "dr", "tsb", "dsb", "dll",
        "thn", "th", "ta", "no", "se", "rp", "the", "of", "and",
        "kab", "kec", "kel", "ikm", "skm", "opd", "asn", "pns",
    ];

    public static IReadOnlySet<string> Of(string name) =>
        NameKey.Of(Parenthesized().Replace(name, " ")).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length is 2 or 3 && w.All(char.IsLetter) && !NotNaming.Contains(w))
            .ToHashSet();

    /// <summary>Whether each of two name keys has a word of its own, counting the short words that name a thing.</summary>
    public static bool Distinguish(string a, IReadOnlySet<string> shortOfA, string b, IReadOnlySet<string> shortOfB) =>
        (shortOfA.Count > 0 || shortOfB.Count > 0)
        && (Similarity.HasOwnWord(a, b) || HasOwn(shortOfA, b)) && (Similarity.HasOwnWord(b, a) || HasOwn(shortOfB, a));

    private static bool HasOwn(IReadOnlySet<string> shortWords, string otherKey)
    {
        var words = otherKey.Split(' ');
        return shortWords.Any(w => !words.Contains(w));
    }

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Parenthesized();
}
