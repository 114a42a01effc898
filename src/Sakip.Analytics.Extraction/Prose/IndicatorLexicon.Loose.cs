using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Prose;

internal sealed partial class IndicatorLexicon
{
    /// <summary>
    /// "rata-rata waktu tanggap adalah 14 menit, lebih cepat dari target 15 menit": figures in the unit of the indicator
    /// named before outnumber the percentages (other than a capaian's) that would be the loosely worded one's, so the
    /// sentence goes on about the indicator named before.
    /// </summary>
    public static bool StaysWith(string sentence, ExtractedIndicatorValue? carried, ExtractedIndicatorValue loose)
    {
        var unit = NameKey.Of(carried?.Satuan).Split(' ')[0];
        if (unit.Length < 3 || unit is "persen" || NameKey.Of(loose.Satuan).Split(' ')[0] == unit)
        {
            return false;
        }

        var inUnit = Regex.Count(sentence, $@"\d\s*{Regex.Escape(unit)}\b", RegexOptions.IgnoreCase);
        return inUnit > PercentagesBesidesCapaian(sentence);
    }

    private static int PercentagesBesidesCapaian(string sentence) =>
        PercentFigure().Matches(sentence).Count(m => !CapaianBefore().IsMatch(sentence[Math.Max(0, m.Index - 40)..m.Index]));

    [GeneratedRegex(@"\d\s*%")]
    private static partial Regex PercentFigure();

    [GeneratedRegex(@"\bcapaian", RegexOptions.IgnoreCase)]
    private static partial Regex CapaianBefore();

    private const double MinLooseShare = 0.75;
    private const int MinLooseWords = 3;

    /// <summary>
    /// The sasaran indicator a sentence speaks of in its own words: "Dari 46 kejadian kebakaran, 44 kejadian dapat
    /// ditangani dalam waktu tanggap" for "Persentase kejadian kebakaran yang tertangani dalam waktu tanggap". Most of the
    /// name's words must be there (by their root: "ditangani" and "tertangani"), and more of them than of any other name's.
    /// A name measured in time ("menit", "hari") is not the one a sentence of percentages speaks of, when none of its
    /// figures is in that unit: "60 kejadian ... ditangani dalam waktu tanggap ≤ 15 menit atau 88,24%" is no average time.
    /// </summary>
    public ExtractedIndicatorValue? LooseMention(string sentence) =>
        MostWordsFound(Roots(sentence), t => FitsFigures(sentence, t), (found, count) => count >= MinLooseWords && found >= count * MinLooseShare);

    private static bool FitsFigures(string sentence, ExtractedIndicatorValue template)
    {
        var unit = NameKey.Of(template.Satuan).Split(' ')[0];
        return unit is not ("menit" or "jam" or "hari" or "detik")
            || Regex.IsMatch(TimeLimits.Blanked(sentence), $@"\d\s*{Regex.Escape(unit)}\b", RegexOptions.IgnoreCase) || PercentagesBesidesCapaian(sentence) == 0;
    }

    /// <summary>The own indicator the most of whose name's words (by root) a sentence has, if one has more than any other and enough.</summary>
    private ExtractedIndicatorValue? MostWordsFound(List<string> words, Func<ExtractedIndicatorValue, bool> candidate, Func<int, int, bool> enough)
    {
        var scored = templates
            .Where(t => t.Level is IndicatorLevel.Sasaran or IndicatorLevel.Tujuan && candidate(t))
            .Select(t => (Template: t, Name: Roots(t.Indicator)))
            .Select(t => (t.Template, Found: t.Name.Count(n => words.Exists(w => SameRoot(n, w))), t.Name.Count))
            .Where(t => enough(t.Found, t.Count))
            .OrderByDescending(t => t.Found)
            .ToList();
        return scored.Count == 1 || scored.Count > 1 && scored[0].Found > scored[1].Found ? scored[0].Template : null;
    }

    /// <summary>
    /// "Pada tahun 2023 aparatur pemadam yang memenuhi kualifikasi sebanyak 136 orang ... atau 68,69%" after a paragraph on
    /// "Cakupan pelayanan bencana kebakaran": a sentence that has none of the carried indicator's words but half or more of
    /// another sasaran indicator's (three at least, more than of any other name) speaks of that other one.
    /// </summary>
    public ExtractedIndicatorValue? TurnsFrom(string sentence, ExtractedIndicatorValue? carried)
    {
        var words = Roots(sentence);
        return carried is null || Roots(carried.Indicator).Exists(n => words.Exists(w => SameRoot(n, w)))
            ? null
            : MostWordsFound(words, t => Key(t.Indicator) != Key(carried.Indicator), (found, count) => found >= MinLooseWords && found * 2 >= count);
    }

    /// <summary>
    /// "sehingga persentase kejadian kebakaran tertangani sebesar 95,65%", "Capaian SPM kecamatan sebesar 100%": a measure
    /// word followed by the next two words of an indicator name that has it ("Persentase kejadian kebakaran yang tertangani ...",
    /// "Persentase capaian Standar Pelayanan Minimal (SPM) kecamatan"), or by the initials of the next words, is that name in
    /// the sentence's own words; it does not call the figure a capaian.
    /// </summary>
    public IEnumerable<(int Start, int Length)> MeasureWordsOfNames(string text)
    {
        var nexts = templates.SelectMany(t => WordsAfterMeasure(Key(t.Indicator).Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToList();
        return MeasureThenWord().Matches(text)
            .Where(m => nexts.Exists(next => GoesOnWith(next, m.Groups["next"].Value.ToLowerInvariant(), m.Groups["second"].Value.ToLowerInvariant())))
            .Select(m => (m.Index, m.Groups["measure"].Length));
    }

    /// <summary>
    /// "Dengan demikian persentase penegakan yang ditindaklanjuti sebesar 90,28 persen": the one name whose measure word goes on
    /// with the word the sentence's does, another of its words in the sentence too.
    /// </summary>
    public ExtractedIndicatorValue? NamedByMeasure(string text)
    {
        var words = Roots(text);
        var named = MeasureThenWord().Matches(text)
            .SelectMany(m => templates.Where(t => WordsAfterMeasure(Key(t.Indicator).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Any(next => SameRoot(next.First, Root(m.Groups["next"].Value.ToLowerInvariant()))
                    && Roots(t.Indicator).Count(n => words.Exists(w => SameRoot(n, w))) >= 2)))
            .DistinctBy(t => Key(t.Indicator))
            .ToList();
        return named is [var only] ? only : null;
    }

    // "Capaian indikator ini" does not go on with "Persentase capaian indikator kinerja": two of the name's words, or its initials, must follow.
    private static bool GoesOnWith((string First, string Second, string? Initials) name, string next, string second) =>
        name.Initials == next || second.Length > 0 && SameRoot(name.First, Root(next)) && SameRoot(name.Second, Root(second));

    private static IEnumerable<(string First, string Second, string? Initials)> WordsAfterMeasure(string[] words)
    {
        for (var k = 0; k + 2 < words.Length; k++)
        {
            if (NamedMeasures.Contains(words[k]))
            {
                var initials = words.Length - k - 1 >= 3 ? string.Concat(words.Skip(k + 1).Take(3).Select(w => w[0])) : null;
                yield return (Root(words[k + 1]), Root(words[k + 2]), initials);
            }
        }
    }

    private static readonly HashSet<string> NamedMeasures = ["persentase", "prosentase", "capaian"];

    [GeneratedRegex(@"\b(?<measure>persentase|prosentase|capaian)\s+(?<next>[A-Za-z]+)(\s+(?<second>[A-Za-z]+))?", RegexOptions.IgnoreCase)]
    private static partial Regex MeasureThenWord();

    private static List<string> Roots(string text) =>
        [.. Key(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 4 && !LooseStopWords.Contains(w)).Select(Root).Distinct()];

    private static readonly HashSet<string> LooseStopWords =
        ["yang", "dari", "dalam", "pada", "untuk", "dengan", "atau", "oleh", "terhadap", "persentase", "prosentase", "jumlah", "rata", "tingkat",
         "indeks", "nilai", "rasio", "angka", "cakupan", "proporsi", "tahun", "sesuai", "melalui", "sebagai", "kota", "kabupaten"];

    // A rough root: "tertangani", "ditangani" and "penanganan" all end in "tangan"/"angan".
    private static string Root(string word)
    {
        foreach (var suffix in (string[])["nya", "kan", "an", "i"])
        {
            if (word.Length - suffix.Length >= 4 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                word = word[..^suffix.Length];
                break;
            }
        }

        foreach (var prefix in (string[])["meng", "peng", "meny", "peny", "mem", "men", "pem", "pen", "ter", "ber", "per", "di", "ke", "se", "me", "pe"])
        {
            if (word.Length - prefix.Length >= 4 && word.StartsWith(prefix, StringComparison.Ordinal))
            {
                return word[prefix.Length..];
            }
        }

        return word;
    }

    private static bool SameRoot(string a, string b) =>
        a == b || Math.Min(a.Length, b.Length) >= 5 && (a.EndsWith(b, StringComparison.Ordinal) || b.EndsWith(a, StringComparison.Ordinal));
}
