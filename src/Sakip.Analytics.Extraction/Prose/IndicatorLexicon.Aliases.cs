using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Prose;

/// <summary>The names prose uses for an indicator besides its table name: without brackets, its acronym, its head, the usual short forms.</summary>
internal sealed partial class IndicatorLexicon
{
    private const int HeadWords = 5;

    /// <summary>
    /// Prose shortens a long name to its head ("Rata-rata waktu tindak lanjut aduan" for "Rata-rata Waktu
    /// Tindak Lanjut Pengaduan Masyarakat"): the first words of a long name are an alias when no other
    /// indicator starts with them.
    /// </summary>
    private void AddHeads(List<ExtractedIndicatorValue> templates)
    {
        var heads = templates
            .Select(t => (Words: Key(t.Indicator).Split(' '), Template: t))
            .Where(h => h.Words.Length >= HeadWords + 2)
            .Select(h => (Head: string.Join(' ', h.Words.Take(HeadWords)), h.Template))
            .ToList();
        foreach (var (head, template) in heads)
        {
            var shared = templates.Count(t => (Key(t.Indicator) + " ").StartsWith(head + " ", StringComparison.Ordinal)) > 1;
            if (!shared && !aliases.Exists(a => a.Alias == head))
            {
                aliases.Add((head, template));
            }
        }
    }

    /// <summary>
    /// "layanan PATEN" for "Persentase layanan PATEN yang diselesaikan tepat waktu": an acronym in a sasaran's or
    /// tujuan's indicator name, with the word before it, is an alias when no other such indicator has that phrase.
    /// </summary>
    private void AddAcronymPhrases(List<ExtractedIndicatorValue> templates)
    {
        var own = templates.Where(t => t.Level is IndicatorLevel.Sasaran or IndicatorLevel.Tujuan).ToList();
        foreach (var template in own)
        {
            foreach (var phrase in Names.AcronymPhrases(template.Indicator).Select(Key))
            {
                var shared = own.Count(t => (" " + Key(t.Indicator) + " ").Contains(" " + phrase + " ", StringComparison.Ordinal)) > 1;
                if (!shared && !aliases.Exists(a => a.Alias == phrase))
                {
                    aliases.Add((phrase, template));
                }
            }
        }
    }

    /// <summary>
    /// "response time" for "Rata-rata waktu tanggap (response time) penanganan kebakaran": the other name a name gives
    /// in brackets is an alias when no other indicator gives it.
    /// </summary>
    private void AddBracketedNames(List<ExtractedIndicatorValue> templates)
    {
        var named = templates.SelectMany(t => BracketedName().Matches(t.Indicator)
            .Select(m => (Name: Key(m.Groups["name"].Value), Head: Key(t.Indicator[..m.Index]), Template: t))).ToList();
        foreach (var (name, _, template) in named)
        {
            // One indicator worded twice in two tables ("... (response time rate) WMK", "... (response time rate) daerah layanan
            // WMK") gives its bracketed name after the same words each time; two one table gives are two indicators.
            var giving = named.Where(n => n.Name == name).ToList();
            if (giving.Select(n => n.Head).Distinct().Count() == 1 && giving.Select(n => n.Template.Source.Table).Distinct().Count() == giving.Count
                && !aliases.Exists(a => a.Alias == name))
            {
                aliases.Add((name, template));
            }
        }
    }

    /// <summary>
    /// "waktu tanggap" for "Waktu tanggap (response time) penanganan kebakaran": the words a name gives before another name
    /// in brackets are an alias when no other indicator starts with them. Another name may hold them ("... tertangani dalam
    /// waktu tanggap"): a sentence wording that one loosely is about it (<see cref="Mentions"/>).
    /// </summary>
    private void AddBracketHeads(List<ExtractedIndicatorValue> templates)
    {
        foreach (var template in templates)
        {
            var head = BracketedName().Match(template.Indicator) is { Success: true, Index: > 0 } bracket ? Key(template.Indicator[..bracket.Index]) : string.Empty;
            if (head.Split(' ').Length < 2 || aliases.Exists(a => a.Alias == head)
                || templates.Exists(t => t != template && (Key(t.Indicator) + " ").StartsWith(head + " ", StringComparison.Ordinal)))
            {
                continue;
            }

            aliases.Add((head, template));
            bracketHeads.Add(head);
        }
    }

    private readonly HashSet<string> bracketHeads = [];

    /// <summary>
    /// "Redkar" for "Jumlah kelurahan yang memiliki Relawan Pemadam Kebakaran (Redkar)": a one-word short name in brackets is
    /// an alias when no other indicator gives it, and so is the name with it in place of the one to four words before it
    /// ("jumlah kelurahan yang memiliki redkar").
    /// </summary>
    private void AddBracketedShortNames(List<ExtractedIndicatorValue> templates)
    {
        var named = templates.SelectMany(t => ShortName().Matches(t.Indicator).Select(m => (Match: m, Template: t))).ToList();
        foreach (var (match, template) in named)
        {
            var shortName = Key(match.Groups["name"].Value);
            if (named.Count(n => Key(n.Match.Groups["name"].Value) == shortName) > 1)
            {
                continue;
            }

            var before = Key(template.Indicator[..match.Index]).Split(' ');
            var forms = Enumerable.Range(1, Math.Min(4, before.Length - 2)).Select(k => string.Join(' ', before[..^k].Append(shortName))).Prepend(shortName);
            foreach (var form in forms.Where(f => !aliases.Exists(a => a.Alias == f)))
            {
                aliases.Add((form, template));
            }
        }
    }

    // "(Redkar)", "(Damkar)": one word of five letters or more, a short name rather than a unit ("(%)", "(orang)" are shorter or known).
    [GeneratedRegex(@"\((?<name>[A-Z][a-z]{4,11})\)")]
    private static partial Regex ShortName();

    private static IEnumerable<string> AliasesOf(string indicator)
    {
        var key = Key(indicator);
        yield return key;
        var withoutParenthesis = Key(Parenthesis().Replace(indicator, " "));
        if (withoutParenthesis.Length > 0)
        {
            yield return withoutParenthesis;
        }

        // "pelanggaran Peraturan Daerah" for a table's "pelanggaran Perda". (The other way, an abbreviation in the prose for
        // words the table writes out, is not read: on an unseen report it gained one value and one false one.)
        if (NameAbbreviations.Expand(withoutParenthesis) is { } writtenOut && writtenOut != withoutParenthesis)
        {
            yield return writtenOut;
        }

        if (MeasureWord().Match(withoutParenthesis) is { Success: true } measure
            && withoutParenthesis[measure.Length..].Split(' ').Length >= MinWordsWithoutMeasure)
        {
            // "Layanan administrasi kepegawaian yang diselesaikan tepat waktu mencapai 92,36%" for "Persentase Layanan ...".
            yield return withoutParenthesis[measure.Length..];
        }

        // "Rata-rata waktu tanggap" for "Waktu tanggap rata-rata", and the other way: the mean named before or after its measure.
        if (withoutParenthesis.EndsWith(" " + MeanWords, StringComparison.Ordinal))
        {
            yield return $"{MeanWords} {withoutParenthesis[..^(MeanWords.Length + 1)]}";
        }
        else if (withoutParenthesis.StartsWith(MeanWords + " ", StringComparison.Ordinal))
        {
            yield return $"{withoutParenthesis[(MeanWords.Length + 1)..]} {MeanWords}";
        }

        foreach (Match acronym in Acronym().Matches(indicator))
        {
            yield return acronym.Groups["a"].Value.ToLowerInvariant();
        }

        if (key.Contains("kepuasan masyarakat", StringComparison.Ordinal))
        {
            yield return "indeks kepuasan masyarakat";
            yield return "survei kepuasan masyarakat";
            yield return "survey kepuasan masyarakat";
            yield return "ikm";
            yield return "skm";
        }

        if (key.Contains("akip", StringComparison.Ordinal))
        {
            yield return "nilai akip";
            yield return "nilai evaluasi akip";
            yield return "akip";
            yield return "sakip";
            yield return "nilai sakip";
        }
    }

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthesis();

    private const int MinWordsWithoutMeasure = 3;

    private const string MeanWords = "rata rata";

    /// <summary>The word a name starts with to say what is measured: prose often drops it.</summary>
    [GeneratedRegex(@"^(persentase|jumlah|rata rata|tingkat|indeks|nilai|rasio|angka) ")]
    private static partial Regex MeasureWord();

    /// <summary>An aside in brackets of several words ("(kenaikan pangkat, pensiun, cuti, ...)") that may split a name.</summary>
    [GeneratedRegex(@"\((?:[^()\s]+\s+){3,}[^()]*\)")]
    private static partial Regex Aside();

    [GeneratedRegex(@"\((?<a>[A-Z]{2,6})\)")]
    private static partial Regex Acronym();

    [GeneratedRegex(@"\((?<name>[A-Za-z]+(?:\s+[A-Za-z]+){1,3})\)")]
    private static partial Regex BracketedName();
}
