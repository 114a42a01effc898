using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Prose;

/// <summary>
/// The indicators the report's tables name, with the short forms prose uses for them ("IKM",
/// "SKM", "Nilai AKIP"), so a sentence can be tied to its indicator.
/// </summary>
internal sealed partial class IndicatorLexicon
{
    private readonly List<(string Alias, ExtractedIndicatorValue Template)> aliases = [];

    private readonly List<ExtractedIndicatorValue> templates;

    /// <summary>The indicators the tables measure in grades only ("Predikat SAKIP | BB | B").</summary>
    private readonly HashSet<string> graded;

    /// <summary>The indicators a table puts under a sasaran (or tujuan) together with another indicator.</summary>
    private readonly HashSet<string> sharingGoal;

    /// <summary>The goals of sasaran and tujuan indicators, each with its indicators.</summary>
    private readonly List<(string Key, List<ExtractedIndicatorValue> Indicators)> goals;

    public IndicatorLexicon(IEnumerable<ExtractedIndicatorValue> values)
    {
        // Sasaran and tujuan indicators first, so a name a program's indicator shares with them stays theirs.
        var measured = values.Where(IsIndicator).OrderBy(v => v.Level is IndicatorLevel.Sasaran or IndicatorLevel.Tujuan ? 0 : 1).ToList();
        sharingGoal = [.. measured.Where(v => NameKey.Of(v.Goal).Length > 0)
            .GroupBy(v => (v.Level, Goal: NameKey.Of(v.Goal), v.Source.Table))
            .Select(g => g.Select(v => Key(v.Indicator)).Distinct().ToList())
            .Where(names => names.Count > 1)
            .SelectMany(names => names)];
        templates = [.. measured.GroupBy(v => Key(v.Indicator)).Select(g => g.First())];
        // Measured in grades: its targets and realizations are bare grades ("BB", "B"), whatever its capaian.
        graded = [.. measured.GroupBy(v => Key(v.Indicator))
            .Where(g => g.Where(v => v.Kind is not (IndicatorValueKind.ReportedCapaian or IndicatorValueKind.ReportedCapaianRenstra)).ToList() is { Count: > 0 } figures
                && figures.All(v => v.Value is null && v.Grade is not null))
            .Select(g => g.Key)];
        goals = GoalsOf(measured, templates);
        var measures = MeasuresOfShortenedNames(measured);
        foreach (var template in templates)
        {
            foreach (var alias in AliasesOf(template.Indicator))
            {
                if (!aliases.Exists(a => a.Alias == alias))
                {
                    aliases.Add((alias, measures.GetValueOrDefault(Key(template.Indicator), template)));
                }
            }
        }

        AddHeads(templates);
        AddAcronymPhrases(templates);
        AddBracketedNames(templates);
        AddBracketHeads(templates);
        AddBracketedShortNames(templates);
        aliases.Sort((a, b) => b.Alias.Length.CompareTo(a.Alias.Length));
    }

    public bool IsGraded(ExtractedIndicatorValue? template) => template is not null && graded.Contains(Key(template.Indicator));

    /// <summary>
    /// An indicator of the unit's own plan. Of programs and kegiatan only names of a few words count: a program read as
    /// its own indicator (its name is its goal's) or a fragment of a wrapped row ("Teknis") would match any sentence.
    /// </summary>
    private static bool IsIndicator(ExtractedIndicatorValue value) =>
        value.Level is IndicatorLevel.Sasaran or IndicatorLevel.Tujuan
        || value.Level is IndicatorLevel.Program or IndicatorLevel.Kegiatan or IndicatorLevel.SubKegiatan
            && NameKey.Of(value.Indicator) is var name && name != NameKey.Of(value.Goal) && name.Split(' ').Length >= MinProgramIndicatorWords;

    private const int MinProgramIndicatorWords = 3;

    private readonly Dictionary<string, Regex> patterns = [];

    public bool IsEmpty => aliases.Count == 0;

    /// <summary>Whether one of the unit's indicators is its AKIP score.</summary>
    public bool NamesAkip => aliases.Exists(a => a.Alias == "nilai akip");

    /// <summary>Whether a table measures the indicator's sasaran (or tujuan) with other indicators too, so its capaian is a mean, not this one's.</summary>
    public bool SharesGoal(ExtractedIndicatorValue template) => sharingGoal.Contains(Key(template.Indicator));

    /// <summary>Where indicator names are printed in a text, longest names first, without overlaps.</summary>
    public List<(int Start, int Length)> SpansIn(string text)
    {
        var spans = new List<(int Start, int Length)>();
        foreach (var (alias, _) in aliases)
        {
            if (!patterns.TryGetValue(alias, out var pattern))
            {
                var words = alias.Split(' ').Select(SpellingVariants.Pattern);
                patterns[alias] = pattern = new Regex($"(?<![A-Za-z0-9]){string.Join("[^A-Za-z0-9]+", words)}(?![A-Za-z0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            }

            foreach (Match match in pattern.Matches(text))
            {
                if (!spans.Exists(s => match.Index < s.Start + s.Length && match.Index + match.Length > s.Start))
                {
                    spans.Add((match.Index, match.Length));
                }
            }
        }

        return spans;
    }

    /// <summary>The indicators named in a text, each once, in the order they appear.</summary>
    public List<(ExtractedIndicatorValue Template, int Position)> Mentions(string text)
    {
        var key = MentionKey(text);
        var found = new List<(ExtractedIndicatorValue Template, int Position)>();
        var taken = new List<(int Start, int End)>();
        foreach (var (alias, template) in aliases)
        {
            var at = key.IndexOf(" " + alias + " ", StringComparison.Ordinal);
            if (at < 0 || taken.Exists(t => at < t.End && at + alias.Length > t.Start)
                || bracketHeads.Contains(alias) && LooseMention(text) is { } loose && Key(loose.Indicator) != Key(template.Indicator))
            {
                continue;
            }

            taken.Add((at, at + alias.Length + 1));
            if (!found.Exists(f => Key(f.Template.Indicator) == Key(template.Indicator)))
            {
                found.Add((template, at));
            }
        }

        AddNamedAfterIndikator(text, key, found);
        found.Sort((a, b) => a.Position.CompareTo(b.Position));
        return found;
    }

    /// <summary>
    /// "Indikator Cakupan pelayanan bencana kebakaran dihitung dari luas wilayah dalam jangkauan WMK ...": the indicator a
    /// sentence opens by defining, whatever other names its definition uses; null when it opens otherwise.
    /// </summary>
    public ExtractedIndicatorValue? DefinedAtOpening(string text, List<(ExtractedIndicatorValue Template, int Position)> mentions)
    {
        if (mentions.Count < 2)
        {
            return null;
        }

        var key = MentionKey(text);
        var (first, at) = mentions[0];
        var opening = key[..Math.Min(at, key.Length)].Trim();
        var definition = key[at..Math.Min(mentions[1].Position, key.Length)];
        return opening is "" or "indikator" or "indikator kinerja" or "indikator kinerja utama" && DefiningVerb().IsMatch(definition) ? first : null;
    }

    [GeneratedRegex(@" (dihitung|diukur|merupakan|didefinisikan|menggambarkan|mengukur|diperoleh) ")]
    private static partial Regex DefiningVerb();

    /// <summary>A text's key with its asides left out, padded with a space each side: what mentions are found and placed in.</summary>
    private static string MentionKey(string text) => " " + Key(Aside().Replace(text, " ")) + " ";

    /// <summary>The key names are matched on: words in lower case, each in its standard spelling.</summary>
    private static string Key(string? text) => SpellingVariants.Fold(NameKey.Of(text));
}
