namespace Sakip.Analytics.Extraction.Text;

/// <summary>Fuzzy comparison of names: edit distance for spellings, trigram overlap for wordings.</summary>
internal static class Similarity
{
    /// <summary>1 for equal strings, 0 for nothing in common: 1 - edit distance / longer length.</summary>
    public static double EditRatio(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length == 0 && b.Length == 0)
        {
            return 1;
        }

        return 1 - ((double)Levenshtein(a, b) / Math.Max(a.Length, b.Length));
    }

    public static int Levenshtein(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>Dice coefficient of the character trigrams of two name keys.</summary>
    public static double Trigram(string a, string b)
    {
        var left = Trigrams(a);
        var right = Trigrams(b);
        if (left.Count == 0 || right.Count == 0)
        {
            return a == b ? 1 : 0;
        }

        var common = left.Count(right.Contains);
        return 2.0 * common / (left.Count + right.Count);
    }

    /// <summary>Share of the shorter name's words found in the longer one (with small spelling slack).</summary>
    public static double WordContainment(string a, string b)
    {
        var left = a.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var right = b.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var (shorter, longer) = left.Length <= right.Length ? (left, right) : (right, left);
        if (shorter.Length == 0)
        {
            return 0;
        }

        var found = shorter.Count(word => longer.Any(other => SameWord(word, other)));
        return (double)found / shorter.Length;
    }

    /// <summary>
    /// Whether each name has a word of its own that the other lacks ("persentase asn yang memenuhi" and
    /// "persentase asn yang mengikuti"): two things named alike, not one thing worded two ways.
    /// Words of three letters or fewer, spellings within a letter or two and the measure words reports
    /// swap freely ("Nilai SKM" / "Hasil SKM") do not count.
    /// </summary>
    private static readonly HashSet<string> MeasureWords = ["nilai", "hasil", "tingkat", "angka", "jumlah", "indeks", "persentase", "prosentase", "presentase", "rasio", "rata"];

    public static bool EachHasOwnWord(string a, string b)
    {
        var left = a.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var right = b.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return HasWordMissingFrom(left, right) && HasWordMissingFrom(right, left);
    }

    /// <summary>Whether <paramref name="a"/> has a word of more than three letters, not a measure word, that <paramref name="b"/> lacks.</summary>
    public static bool HasOwnWord(string a, string b) =>
        HasWordMissingFrom(a.Split(' ', StringSplitOptions.RemoveEmptyEntries), b.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static bool HasWordMissingFrom(string[] words, string[] other) =>
        words.Any(word => word.Length > 3 && !MeasureWords.Contains(word) && !other.Any(o => SameWord(word, o)));

    // The same word, or a spelling of it within a letter or two.
    private static bool SameWord(string word, string other) => other == word || (word.Length > 4 && EditRatio(word, other) >= 0.8);

    private static HashSet<string> Trigrams(string text)
    {
        var padded = $"  {text} ";
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 3 <= padded.Length; i++)
        {
            grams.Add(padded.Substring(i, 3));
        }

        return grams;
    }
}
