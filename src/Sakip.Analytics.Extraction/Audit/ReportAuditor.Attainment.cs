using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Audit;

public static partial class ReportAuditor
{
    /// <summary>
    /// "seluruh indikator mencapai target" (or "2 indikator diatas target") against the capaian of
    /// the sasaran indicators in the report year's first measurement table: fewer indicators reached
    /// (or, for "diatas"/"melampaui", passed) their target than the sentence says.
    /// </summary>
    private static void ClaimedAttainment(ExtractionResult facts, List<AuditFinding> findings)
    {
        var measured = ReportYearCapaian(facts);
        foreach (var claim in facts.Claims.OfType<AttainmentClaim>())
        {
            var stated = claim.Count ?? measured.Count;
            if (measured.Count == 0 || stated > measured.Count)
            {
                continue;
            }

            var reached = measured.Where(v => claim.Exceeded ? v.Value!.Value > 100m : v.Value!.Value >= 100m).ToList();
            if (reached.Count >= stated)
            {
                continue;
            }

            var missed = measured.Except(reached).OrderBy(v => v.Value).ToList();
            var first = missed[0];
            var verb = claim.Exceeded ? "melampaui" : "mencapai";
            findings.Add(new AuditFinding(FindingKind.TableVsText,
                $"Teks ({claim.Source}) menyatakan {stated} indikator {verb} target, tetapi di {first.Source.Table} hanya {reached.Count} dari {measured.Count}: " +
                $"capaian '{first.Indicator}' {IdNumber.Printed(first.Value!.Value)}% ({first.Source}).",
                new FindingValue("dilaporkan", stated, claim.Sentence, claim.Source),
                new FindingValue(first.Source.Table, reached.Count, $"{reached.Count} dari {measured.Count} indikator", first.Source))
            {
                Lines = [claim.Source.Line, .. missed.Select(v => v.Source.Line)],
                Subject = first.Indicator,
                About = Dataset.Indicators,
            });
        }
    }

    /// <summary>The printed capaian of each of the unit's sasaran indicators in the first table that measures the report year.</summary>
    private static List<ExtractedIndicatorValue> ReportYearCapaian(ExtractionResult facts) =>
        [.. MeasurementTable(facts, _ => true).GroupBy(v => NameKey.Of(v.Indicator)).Select(g => g.First())];

    /// <summary>The printed capaian of the unit's sasaran indicators for the report year in the first table printing them (of those the filter keeps).</summary>
    private static List<ExtractedIndicatorValue> MeasurementTable(ExtractionResult facts, Func<ExtractedIndicatorValue, bool> keep)
    {
        var measured = facts.Indicators.Where(v => v.Kind == IndicatorValueKind.ReportedCapaian && v.Year == facts.Document.ReportYear
            && v.Level == IndicatorLevel.Sasaran && v.Unit == facts.Document.Unit && !v.Source.IsProse && v.Value is not null && keep(v)).ToList();
        var table = measured.OrderBy(v => v.Source.Line).FirstOrDefault()?.Source.Table;
        return [.. measured.Where(v => v.Source.Table == table)];
    }

    /// <summary>
    /// "tahun 2019 sampai dengan 2022 telah memenuhi target" against the indicator's targets and
    /// realizations of those years (the table printing most of them), with the indicator's polarity.
    /// </summary>
    private static void ClaimedStreaks(ExtractionResult facts, ExtractionOptions options, List<AuditFinding> findings)
    {
        var method = facts.Document.LowerIsBetterMethod ?? options.LowerIsBetterMethod;
        foreach (var claim in facts.Claims.OfType<StreakClaim>())
        {
            var years = YearlyTable(facts, claim.Indicator, claim.Source.Line, (claim.FromYear, claim.ToYear), IndicatorValueKind.Realization, IndicatorValueKind.Target);
            foreach (var (year, values) in years)
            {
                var target = values.Where(v => AsTarget(v.Kind) == IndicatorValueKind.Target).OrderBy(v => v.Kind == IndicatorValueKind.Target ? 0 : 1).First();
                var realization = values.First(v => v.Kind == IndicatorValueKind.Realization);
                if (CapaianCalculator.Compute(target.Polarity, target.Value!.Value, realization.Value!.Value, method) is not { } capaian
                    || PrintedRounding.RoundAsPrinted(capaian) >= 100m)
                {
                    continue;
                }

                findings.Add(new AuditFinding(FindingKind.TableVsText,
                    $"Teks ({claim.Source}) menyatakan '{claim.Indicator}' memenuhi target setiap tahun {YearSpan(claim.FromYear, claim.ToYear)}, tetapi tahun {year} realisasi " +
                    $"{realization.Text} di bawah target {target.Text} (capaian {IdNumber.Percent(capaian)}, {realization.Source}).",
                    new FindingValue("dilaporkan", 100m, claim.Sentence, claim.Source),
                    new FindingValue("dihitung", PrintedRounding.RoundAsPrinted(capaian), IdNumber.Percent(capaian), realization.Source))
                {
                    Lines = [claim.Source.Line, realization.Source.Line, target.Source.Line],
                    Subject = claim.Indicator,
                    About = Dataset.Indicators,
                });
                break;
            }
        }
    }

    /// <summary>"selalu meningkat setiap tahun" against the indicator's realizations year by year.</summary>
    private static void ClaimedTrends(ExtractionResult facts, List<AuditFinding> findings)
    {
        foreach (var claim in facts.Claims.OfType<TrendClaim>())
        {
            var kind = claim.OfTargets ? IndicatorValueKind.Target : IndicatorValueKind.Realization;
            var years = YearlyTable(facts, claim.Indicator, claim.Source.Line, (claim.FromYear ?? 0, claim.ToYear ?? 9999), kind)
                .Select(y => y.Value.First(v => AsTarget(v.Kind) == kind)).ToList();
            for (var i = 1; i < years.Count; i++)
            {
                var (before, after) = (years[i - 1], years[i]);
                if (claim.Rising ? after.Value >= before.Value : after.Value <= before.Value)
                {
                    continue;
                }

                var direction = claim.Rising ? "meningkat" : "menurun";
                findings.Add(new AuditFinding(FindingKind.TableVsText,
                    $"Teks ({claim.Source}) menyatakan {(claim.OfTargets ? "target " : string.Empty)}'{claim.Indicator}' selalu {direction} setiap tahun, tetapi {(claim.OfTargets ? "target" : "realisasi")} {after.Year} ({after.Text}, {after.Source}) " +
                    $"{(claim.Rising ? "lebih rendah" : "lebih tinggi")} dari {before.Year} ({before.Text}).",
                    new FindingValue("dilaporkan", null, claim.Sentence, claim.Source),
                    new FindingValue(after.Source.Table, after.Value, after.Text, after.Source))
                {
                    Lines = [claim.Source.Line, after.Source.Line, before.Source.Line],
                    Subject = claim.Indicator,
                    About = Dataset.Indicators,
                });
                break;
            }
        }
    }

    /// <summary>
    /// The indicator's values of the given kinds per year of the range from one table: the table that
    /// prints the most of those years with every kind, the nearest above the sentence when several print as many.
    /// </summary>
    private static List<KeyValuePair<int, List<ExtractedIndicatorValue>>> YearlyTable(ExtractionResult facts, string indicator, int line, (int From, int To) range,
        params IndicatorValueKind[] kinds)
    {
        var key = NameKey.Of(indicator);
        var tables = facts.Indicators.Where(v => !v.Source.IsProse && v.Value is not null && v.Unit == facts.Document.Unit && kinds.Contains(AsTarget(v.Kind)) && NameKey.Of(v.Indicator) == key
                && v.Year >= range.From && v.Year <= range.To)
            .GroupBy(v => v.Source.Table)
            .Select(t => t.GroupBy(v => v.Year).Where(y => kinds.All(k => y.Any(v => AsTarget(v.Kind) == k)))
                .Select(y => new KeyValuePair<int, List<ExtractedIndicatorValue>>(y.Key, [.. y])).OrderBy(y => y.Key).ToList())
            .Where(t => t.Count > 0)
            .OrderByDescending(t => t.Count)
            .ThenBy(t => Distance(t[0].Value[0].Source.Line, line))
            .ToList();
        return tables.FirstOrDefault() ?? [];
    }

    /// <summary>A yearly target, whether the table calls it the Renstra target, the PK target or the revised one.</summary>
    private static IndicatorValueKind AsTarget(IndicatorValueKind kind) =>
        kind is IndicatorValueKind.RenstraTarget or IndicatorValueKind.TargetRevised ? IndicatorValueKind.Target : kind;

    private static int Distance(int tableLine, int line) => tableLine <= line ? line - tableLine : int.MaxValue / 2 + tableLine - line;

    private static string YearSpan(int from, int to) => from == 0 || to == 9999 ? string.Empty : $"{from}-{to}";
}
