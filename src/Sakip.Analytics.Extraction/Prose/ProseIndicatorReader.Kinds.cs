using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;

namespace Sakip.Analytics.Extraction.Prose;

internal static partial class ProseIndicatorReader
{
    private static IndicatorValueKind? KindOf(
        ProseNumber number, int index, List<ProseNumber> numbers, string window, string subject, string after, string sentence, string blanked, HashSet<int> pairedCapaian)
    {
        if (Cues.IsDifference(window, after) || Cues.IsAverage(window) || Cues.IsOthersAverage(window) || Cues.IsPartOfYear(window) || Cues.OpensWithPartOfYear(subject) || Cues.IsBudgetAbsorption(window) || Cues.IsAboutSubArea(window) || Cues.IsStandard(window))
        {
            return null;
        }

        if (pairedCapaian.Contains(index))
        {
            // "84,15 atau 95,63% dari target akhir Renstra": the share joined to the figure is of the Renstra's target.
            return Cues.IsRenstraShare(sentence, after) ? IndicatorValueKind.ReportedCapaianRenstra : IndicatorValueKind.ReportedCapaian;
        }

        if (Cues.FallsShortOfTarget(window))
        {
            return IndicatorValueKind.Target;
        }

        var percent = number.Value.IsPercent;
        if (percent && index > 0 && Cues.IsBracketAfterFigure(blanked[numbers[index - 1].End..number.Start]))
        {
            // "93,02% (103,36%)": a percentage in brackets right after a figure is its capaian.
            return IndicatorValueKind.ReportedCapaian;
        }

        // "97,50% atau 102,63%": the percentage after "atau" is the capaian of the figure before it, which is the realization
        // unless its own words name it the target ("dari target 95%, atau 102,63%").
        if (index + 1 < numbers.Count && numbers[index + 1].Value.IsPercent && Cues.JoinsAlternative(blanked[number.End..numbers[index + 1].Start]))
        {
            pairedCapaian.Add(index + 1);
            if (!Cues.EndsWithTargetWord(window))
            {
                return IndicatorValueKind.Realization;
            }
        }

        if (percent && (Cues.IsRenstraShare(sentence, after) || Cues.IsCapaianOfRenstra(window) || Cues.IsBracketedShareOfEndTarget(subject, window)
            || index > 0 && Cues.IsReachedOfRenstraTarget(blanked[..number.Start], window)
            || Cues.IsCumulativeCapaianBesideEndTarget(blanked[..number.Start], window) || index > 0 && Cues.IsCapaianAfterEndTarget(blanked[..number.Start])))
        {
            return IndicatorValueKind.ReportedCapaianRenstra;
        }

        if (percent && Cues.IsShareOfCountBefore(window))
        {
            // "Capaian ini meningkat dibandingkan tahun 2022 dimana hanya 7 kelurahan (63,64%)": the share counted, a realization.
            return IndicatorValueKind.Realization;
        }

        if (percent && Cues.IsCapaian(subject) && !Cues.IsTarget(FirstClause(subject)) && !(index > 0 && NamesOtherKind(window))
            && !(Cues.IsAgainstTargetFigure(after) && CapaianNamedLater(index, numbers, blanked)))
        {
            return IndicatorValueKind.ReportedCapaian;
        }

        if (Cues.NamesRealisasiLast(window))
        {
            // "belum mencapai target dengan realisasi 93,80%": the word right before the figure says what it is.
            return IndicatorValueKind.Realization;
        }

        // "mencapai target 100%" is a capaian, unless the sentence names its capaian later ("belum mencapai target 60% sehingga
        // capaiannya 91,67%"): then the figure is the target.
        if (percent && (Cues.AchievedTarget(window) && !Cues.IsAgainstTargetFigure(after) && !Cues.NamesTargetLast(window) && !CapaianNamedLater(index, numbers, blanked)
            || Cues.IsShareOfTarget(after) || index > 0 && Cues.IsShareReached(window)))
        {
            return IndicatorValueKind.ReportedCapaian;
        }

        if (Cues.IsTargetNamedAfter(after))
        {
            return IndicatorValueKind.Target;
        }

        if (Cues.IsAgainstTargetFigure(after))
        {
            return percent && Cues.IsCapaianOfPlainTarget(window, after) ? IndicatorValueKind.ReportedCapaian : IndicatorValueKind.Realization;
        }

        if (Cues.IsRenstraTarget(window, blanked[..number.Start]) || Cues.IsTarget(window) && Cues.EndOfPlanFollows(after))
        {
            return IndicatorValueKind.RenstraTarget;
        }

        if (Cues.IsRevisedTarget(window, after, sentence))
        {
            return IndicatorValueKind.TargetRevised;
        }

        if (percent && Cues.NamesCapaianAfterTarget(window))
        {
            return IndicatorValueKind.ReportedCapaian;
        }

        if (Cues.IsTarget(window) || Cues.NamesAgreement(window))
        {
            return IndicatorValueKind.Target;
        }

        if (percent && Cues.IsCapaian(window))
        {
            return IndicatorValueKind.ReportedCapaian;
        }

        return IndicatorValueKind.Realization;
    }

    /// <summary>
    /// "Capaian kinerja indikator X sebesar 100% dari target 100% atau dengan tingkat capaian 100%": a later figure the sentence
    /// calls the capaian itself makes the "capaian" the sentence opens with loose wording for the realization.
    /// </summary>
    private static bool CapaianNamedLater(int index, List<ProseNumber> numbers, string blanked) =>
        Enumerable.Range(index + 1, numbers.Count - index - 1).Any(j => numbers[j].Value.IsPercent && Cues.IsCapaian(blanked[numbers[j - 1].End..numbers[j].Start]));

    /// <summary>"Capaian ... sebesar 92,86%, dengan target 70% dan realisasi 65%": a later figure's own words name it a target or a realization.</summary>
    private static bool NamesOtherKind(string window) => Cues.IsTarget(window) || Cues.NamesRealisasiLast(window);

    private static string FirstClause(string subject) => subject.Split(',')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(4).Aggregate(string.Empty, (a, w) => a + " " + w);

    /// <summary>
    /// The indicator a figure's sentence names for it: the one named last before it, unless the figure's own clause names
    /// another in the unit's words ("..., Redkar terlatih 53,33% (capaian 88,88%), kejadian kebakaran tertangani sesuai
    /// standar 88,21%"); else the first named after it. In a sentence naming several, a figure before every name and a
    /// clause away from them ("dengan rata-rata tanggap darurat 13,42 menit, persentase kelurahan ... Redkar ...") is none of theirs.
    /// </summary>
    private static ExtractedIndicatorValue? MentionFor(List<(ExtractedIndicatorValue Template, int Position)> mentions, int position, string sentence, IndicatorLexicon lexicon)
    {
        if (mentions.Count == 0)
        {
            return null;
        }

        var before = lexicon.Mentions(sentence[..position]);
        var clauseStart = Cues.ClauseBreak().Matches(sentence[..position]) is { Count: > 0 } breaks ? breaks[^1].Index + 1 : 0;
        var namesSeveral = mentions.DistinctBy(m => m.Template.Indicator).Count() > 1;
        if (before.Count == 0)
        {
            if (namesSeveral && lexicon.LooseMention(sentence[clauseStart..position]) is { } loose)
            {
                // "Cakupan pelayanan bencana kebakaran mencapai 60,40%, sedangkan IKM ...": the clause's own words name it.
                return loose;
            }

            // Mention positions are the lexicon's own: the clause is cut from the text and searched again. A sentence naming
            // one indicator may open on its figures ("Dibandingkan dengan target akhir Renstra sebesar 4,00, realisasi X ...").
            var clauseEnd = Cues.ClauseBreak().Match(sentence, position);
            return clauseEnd.Success && namesSeveral && lexicon.Mentions(sentence[position..clauseEnd.Index]).Count == 0
                ? null
                : mentions[0].Template;
        }

        return lexicon.Mentions(sentence[clauseStart..position]).Count == 0 && lexicon.TurnsFrom(sentence[clauseStart..position], before[^1].Template) is { } other
            ? other
            : before[^1].Template;
    }
}
