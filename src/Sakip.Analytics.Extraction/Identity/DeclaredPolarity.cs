using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Prose;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Identity;

/// <summary>
/// The polarity a report declares for its indicators, which outranks any guess from the name: a
/// Polaritas column ("Maximize"/"Minimize", "Semakin kecil semakin baik") on the indicator's row, or a
/// sentence saying the indicator "merupakan indikator negatif" / "bersifat negatif" ("Indikator ini"
/// points back to the indicator the sentence before named).
/// </summary>
internal static partial class DeclaredPolarity
{
    /// <summary>Gives every value of a declared indicator the polarity its report declares.</summary>
    public static void Apply(ReportDocument document, List<ExtractedIndicatorValue> values)
    {
        var declared = Read(document, values.Select(v => v.Indicator));
        for (var i = 0; i < values.Count; i++)
        {
            if (declared.TryGetValue(NameKey.Of(values[i].Indicator), out var polarity) && values[i].Polarity != polarity)
            {
                values[i] = values[i] with { Polarity = polarity };
            }
        }
    }

    /// <summary>Each declared indicator's name key with its declared polarity.</summary>
    public static Dictionary<string, Polarity> Read(ReportDocument document, IEnumerable<string> indicatorNames)
    {
        var names = indicatorNames.Select(NameKey.Of).Where(n => n.Length > 0).Distinct().OrderByDescending(n => n.Length).ToList();
        var declared = new Dictionary<string, Polarity>();
        if (names.Count == 0)
        {
            return declared;
        }

        foreach (var line in document.AllLines)
        {
            if (line.IsRow)
            {
                ReadRow(line, names, declared);
            }
            else if (!line.IsBlank)
            {
                ReadParagraph(Markup.Strip(line.Text), names, declared);
            }
        }

        return declared;
    }

    private static void ReadRow(ReportLine row, List<string> names, Dictionary<string, Polarity> declared)
    {
        var polarity = row.Cells.Select(c => CellPolarity(NameKey.Of(Markup.Strip(c)))).FirstOrDefault(p => p is not null);
        var named = row.Cells.Select(c => NameKey.Of(Markup.Strip(c))).FirstOrDefault(names.Contains);
        if (polarity is { } found && named is not null)
        {
            declared.TryAdd(named, found);
        }
    }

    private static Polarity? CellPolarity(string cell) =>
        MinimizeCell().IsMatch(cell) ? Polarity.LowerIsBetter : MaximizeCell().IsMatch(cell) ? Polarity.HigherIsBetter : null;

    private static void ReadParagraph(string paragraph, List<string> names, Dictionary<string, Polarity> declared)
    {
        string? previous = null;
        foreach (var (sentence, _) in Sentences.Split(paragraph))
        {
            var key = " " + NameKey.Of(sentence) + " ";
            var named = names.Where(n => key.Contains(" " + n + " ", StringComparison.Ordinal)).ToList();
            var polarity = SentencePolarity(key);
            var subject = named.Count == 1 ? named[0] : named.Count == 0 && ThisIndicator().IsMatch(key) ? previous : null;
            if (polarity is { } found && subject is not null)
            {
                declared.TryAdd(subject, found);
            }

            previous = named.Count == 1 ? named[0] : named.Count > 1 ? null : previous;
        }
    }

    private static Polarity? SentencePolarity(string key) =>
        NegativeSentence().IsMatch(key) ? Polarity.LowerIsBetter : PositiveSentence().IsMatch(key) ? Polarity.HigherIsBetter : null;

    [GeneratedRegex(@"^(minimize|minimise|minimal(kan|isasi)|negatif|negative|semakin (kecil|rendah).*semakin baik|makin (kecil|rendah).*makin baik)$")]
    private static partial Regex MinimizeCell();

    [GeneratedRegex(@"^(maximize|maximise|maksimal(kan|isasi)|positif|positive|semakin (besar|tinggi).*semakin baik|makin (besar|tinggi).*makin baik)$")]
    private static partial Regex MaximizeCell();

    [GeneratedRegex(@" (merupakan|adalah|termasuk|bersifat|berpolaritas|sebagai) (indikator )?(dengan (arah|polaritas) |yang bersifat |berpolaritas )?negatif ")]
    private static partial Regex NegativeSentence();

    [GeneratedRegex(@" (merupakan|adalah|termasuk|bersifat|berpolaritas|sebagai) (indikator )?(dengan (arah|polaritas) |yang bersifat |berpolaritas )?positif ")]
    private static partial Regex PositiveSentence();

    [GeneratedRegex(@" (indikator|ukuran) (ini|tersebut) ")]
    private static partial Regex ThisIndicator();
}
