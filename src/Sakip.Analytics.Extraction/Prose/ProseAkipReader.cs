using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Documents;
using Sakip.Analytics.Extraction.Interpretation;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Prose;

/// <summary>
/// AKIP evaluations stated in sentences ("Nilai AKIP ... Tahun 2024 sebesar 70,41 dengan predikat BB,
/// meningkat 0,54 poin dibandingkan Tahun 2023 sebesar 69,87 dengan predikat B"), for a unit whose
/// indicators do not include the AKIP score; where they do, the indicator reader takes these sentences.
/// Changes ("meningkat 0,54 poin") are left out; component scores come from the sentences about the
/// components that follow the report year's evaluation in its paragraph.
/// </summary>
internal static partial class ProseAkipReader
{
    private const double Confidence = 0.6;

    /// <summary>A sentence about the unit's AKIP evaluation.</summary>
    public static bool IsAbout(string sentence) => Akip().IsMatch(sentence);

    public static void Read(IReadOnlyList<ReportLine> lines, ISet<int> tableLines, ReadingContext context)
    {
        int? lineYear = null;
        foreach (var line in lines.Where(l => !l.IsRow && !l.IsBlank && !tableLines.Contains(l.Number)))
        {
            var paragraphStart = context.Akip.Count;
            foreach (var (sentence, _) in Sentences.Split(Markup.Strip(line.Text)))
            {
                if (IsAbout(sentence) && !Cues.IsAboutComponents(sentence))
                {
                    ReadSentence(sentence, line.Number, lineYear, context);
                }
                else if (Cues.IsAboutComponents(sentence) && LatestEvaluation(context, paragraphStart) is { } evaluation)
                {
                    AddComponents(sentence, line.Number, evaluation, context);
                }

                lineYear = ProseIndicatorReader.CarriedYear(sentence) ?? lineYear;
            }
        }
    }

    private static void ReadSentence(string sentence, int lineNumber, int? lineYear, ReadingContext context)
    {
        var numbers = ProseNumbers.Find(sentence).Where(n => !n.IsMoney && n.Value.Number is >= 0 and <= 100 && !n.Value.IsPercent).ToList();
        var previousEnd = 0;
        AkipValueKind? previousKind = null;
        foreach (var number in numbers)
        {
            var window = sentence[previousEnd..number.Start];
            var after = sentence[number.End..];
            previousEnd = number.End;
            var listed = previousKind is not null && Cues.IsListSeparator(window);
            if (Cues.IsDifference(window, after) || Cues.IsAverage(window) || RangeBefore().IsMatch(window) || RangeAfter().IsMatch(after))
            {
                previousKind = null;
                continue;
            }

            if (!Cues.IsRealization(window) && !Cues.IsTarget(window) && number.Value.Grade is null && !listed)
            {
                // "masing-masing 60,10; 62,45 dan 66,20": a figure after a bare separator goes on with the list before it.
                previousKind = null;
                continue;
            }

            var year = ProseIndicatorReader.YearOf(sentence, number, lineYear, context);
            var kind = listed ? previousKind!.Value : Cues.IsTarget(window) ? AkipValueKind.Target : AkipValueKind.Realization;
            previousKind = kind;
            var predikat = number.Value.Grade ?? PredikatAfter(after);
            var unit = ProseIndicatorReader.UnitMentions(sentence[..number.Start], context, pemdaOwnMeasure: true).LastOrDefault() ?? context.Profile.Unit;
            context.Akip.Add(new ExtractedAkip(
                unit,
                year,
                kind,
                AkipRegulations.Of(sentence, false, year),
                new Dictionary<AkipComponent, decimal>(),
                number.Value.Number,
                predikat,
                EvaluatorIn(sentence, context),
                context.Source(SourceRef.Prose, lineNumber, Confidence))
            {
                TotalText = number.Value.Printed,
            });
        }
    }

    /// <summary>The report year's evaluation read from this paragraph, if any: the one its component sentences speak of.</summary>
    private static int? LatestEvaluation(ReadingContext context, int paragraphStart)
    {
        for (var i = context.Akip.Count - 1; i >= paragraphStart; i--)
        {
            if (context.Akip[i] is { Kind: AkipValueKind.Realization } akip && akip.Year == context.Year && akip.Source.IsProse && akip.Unit == context.Profile.Unit)
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>
    /// "komponen perencanaan kinerja (22,14)", "komponen evaluasi ... internal turun menjadi 18,47", "Nilai tersebut terdiri atas
    /// perencanaan kinerja 20,10, ...": component scores of that evaluation.
    /// </summary>
    private static void AddComponents(string sentence, int lineNumber, int evaluation, ReadingContext context)
    {
        var components = new Dictionary<AkipComponent, decimal>(context.Akip[evaluation].Components);
        var lines = new Dictionary<AkipComponent, int>(context.Akip[evaluation].ComponentLines);
        foreach (Match mention in ComponentMention().Matches(sentence))
        {
            var rest = sentence[(mention.Index + mention.Length)..];
            var number = ProseNumbers.Find(rest).FirstOrDefault(n => !n.IsMoney && !n.Value.IsPercent && n.Start <= MaxComponentDistance);
            if (number is null || AkipComponents.Of(mention.Groups["name"].Value) is not { } component || Cues.IsDifference(rest[..number.Start], rest[number.End..]))
            {
                continue;
            }

            components[component] = number.Value.Number!.Value;
            lines[component] = lineNumber;
        }

        context.Akip[evaluation] = context.Akip[evaluation] with { Components = components, ComponentLines = lines };
    }

    private const int MaxComponentDistance = 60;

    private static string? PredikatAfter(string after)
    {
        var match = Predikat().Match(after);
        return match.Success ? match.Groups["g"].Value : null;
    }

    private static string? EvaluatorIn(string sentence, ReadingContext context) =>
        sentence.Contains("Inspektorat", StringComparison.OrdinalIgnoreCase)
            ? $"Inspektorat Daerah {context.Profile.Tenant}".Trim()
            : context.Akip.FirstOrDefault(a => a.Evaluator is not null)?.Evaluator;

    /// <summary>A bound of a scale band ("nilai > 70 s.d. 80"), not an evaluation.</summary>
    [GeneratedRegex(@"([<>≤≥]=?|\bantara|\bhingga|\bsampai dengan|\bs\.d\.?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RangeBefore();

    [GeneratedRegex(@"^\s*(s\.d\.?|sampai|hingga|[-–—])", RegexOptions.IgnoreCase)]
    private static partial Regex RangeAfter();

    [GeneratedRegex(@"\b(?:komponen\s+)?(?<name>perencanaan kinerja|pengukuran kinerja|pelaporan kinerja|evaluasi (akuntabilitas kinerja )?internal|(pen)?capaian (sasaran|kinerja))", RegexOptions.IgnoreCase)]
    private static partial Regex ComponentMention();

    [GeneratedRegex(@"\b(AKIP|SAKIP|Akuntabilitas Kinerja Instansi Pemerintah)\b")]
    private static partial Regex Akip();

    [GeneratedRegex(@"^\W{0,3}(dengan\s+)?(predikat|kategori|nilai)?\s*""?(?<g>AA|A|BB|B|CC|C|D)\b(?![a-z])")]
    private static partial Regex Predikat();
}
