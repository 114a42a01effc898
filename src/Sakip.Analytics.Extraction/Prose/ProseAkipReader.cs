using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Identity;
using Sakip.Analytics.Extraction.Interpretation;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Prose;

/// <summary>
/// Reads an AKIP evaluation a report states only in a sentence ("Berdasarkan LHE AKIP tahun 2023,
/// Kecamatan X memperoleh nilai 72,16 dengan predikat BB"): the score with the predikat printed beside
/// it, or right after words naming the AKIP; its year the one named last before it; a target when a
/// target word leads to it. A year and kind a table already gives is left to the table, which the
/// sentence only repeats; so are differences, percentages and sentences about the components or other units.
/// </summary>
internal static partial class ProseAkipReader
{
    private const double Confidence = 0.7;

    public static void Read(IReadOnlyList<ReportLine> lines, ISet<int> tableLines, ReadingContext context)
    {
        var inTables = context.Akip.Where(a => !a.Source.IsProse).Select(a => (a.Unit, a.Year, a.Kind)).ToHashSet();
        foreach (var line in lines)
        {
            if (line.IsRow || line.IsBlank || tableLines.Contains(line.Number))
            {
                continue;
            }

            int? lineYear = null;
            foreach (var (sentence, _) in Sentences.Split(Markup.Strip(line.Text)))
            {
                if (SubjectWords.NamesAkip(sentence) && !Cues.IsAboutComponents(sentence) && !NamesOtherUnit(sentence, context))
                {
                    foreach (var akip in Evaluations(sentence, line.Number, lineYear, context).Where(a => !inTables.Contains((a.Unit, a.Year, a.Kind))))
                    {
                        context.Akip.Add(akip);
                    }
                }

                lineYear = ProseIndicatorReader.YearBefore(sentence) ?? lineYear;
            }
        }
    }

    private static IEnumerable<ExtractedAkip> Evaluations(string sentence, int line, int? lineYear, ReadingContext context)
    {
        var previousEnd = 0;
        foreach (var number in ProseNumbers.Find(sentence).Where(n => !n.IsMoney))
        {
            var window = sentence[previousEnd..number.Start];
            var after = sentence[number.End..];
            previousEnd = number.End;
            if (number.Value.Number is not (> 0 and <= 100) || number.Value.IsPercent || Cues.IsDifference(window, after))
            {
                continue;
            }

            var grade = number.Value.Grade ?? GradeOf(GradeAfter().Match(after)) ?? GradeOf(GradeBefore().Match(window));
            if (grade is null && !(SubjectWords.NamesAkip(window) && ValueWord().IsMatch(window)))
            {
                continue;
            }

            var year = ProseIndicatorReader.YearBefore(sentence[..number.Start]) ?? lineYear ?? context.Year;
            var kind = Cues.IsTarget(window) ? AkipValueKind.Target : AkipValueKind.Realization;
            var evaluator = sentence.Contains("Inspektorat", StringComparison.OrdinalIgnoreCase) ? $"Inspektorat Daerah {context.Profile.Tenant}".Trim() : null;
            yield return new ExtractedAkip(context.Profile.Unit, year, kind, AkipRegulations.Of(sentence, false, year), new Dictionary<AkipComponent, decimal>(),
                number.Value.Number, grade, evaluator, context.Source(SourceRef.Prose, line, Confidence))
            {
                TotalText = number.Value.Printed,
            };
        }
    }

    // The Inspektorat named as the evaluator is not the unit evaluated.
    private static string? GradeOf(Match match) => match.Success ? match.Groups["g"].Value : null;

    private static bool NamesOtherUnit(string sentence, ReadingContext context) =>
        UnitNames.FindAll(sentence).Any(n => UnitNames.KindOf(n) is not (UnitKind.Other or UnitKind.Inspektorat) && context.ResolveUnit(n) != context.Profile.Unit);

    // "72,16 (BB)", "72,16 dengan predikat BB", "72,16, kategori "B"".
    [GeneratedRegex(@"^\s*(?:\(\s*(?<g>AA|A|BB|B|CC|C|D)\s*\)|,?\s*(?:dengan\s+|atau\s+|yaitu\s+)?(?:predikat|kategori)\s*:?\s*[""“']?(?<g>AA|A|BB|B|CC|C|D)\b)")]
    private static partial Regex GradeAfter();

    // "predikat BB dengan nilai 72,16", "kategori B (66,75".
    [GeneratedRegex(@"(?:predikat|kategori)\s*:?\s*[""“']?(?<g>AA|A|BB|B|CC|C|D)[""”']?\s*(?:\(\s*|,?\s*dengan\s+(?:nilai|skor)\s*(?:sebesar\s*)?:?\s*)$")]
    private static partial Regex GradeBefore();

    [GeneratedRegex(@"\b(nilai|skor|sebesar|senilai|adalah|yaitu|yakni|memperoleh|mendapat\w*|meraih|mencapai)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex ValueWord();
}
