using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Audit;

public static partial class ReportAuditor
{
    /// <summary>
    /// Each printed capaian against the target and realization printed with it (same row or same sentence, same year),
    /// with the indicator's polarity and the report's lower-is-better formula. A table that prints the kinds as rows
    /// ("Target", "Realisasi", "Capaian" under each indicator), or prose that gives them a line each ("Target : 80"),
    /// gives them from the lines nearest the capaian's; a row whose only target is the Renstra's for the year
    /// ("Target Renstra 2023 | Realisasi 2023 | Capaian") measures against it; a table
    /// that prints no target takes the targets the other tables print. A row printing both the PK target and the
    /// Perubahan target may measure against either; a report stating that capaian is counted up to 100% may print 100.
    /// </summary>
    private static void IndicatorCapaian(ExtractionResult facts, ExtractionOptions options, List<AuditFinding> findings)
    {
        var method = facts.Document.LowerIsBetterMethod ?? options.LowerIsBetterMethod;
        var groups = facts.Indicators.GroupBy(v => (v.Source.Table, v.Unit, Name: NameKey.Of(v.Indicator), v.Year));
        foreach (var group in groups)
        {
            var values = group.ToList();
            foreach (var printed in values.Where(v => v.Kind == IndicatorValueKind.ReportedCapaian && v.Value is not null))
            {
                var targets = Nearest(values, printed, v => v.Kind is IndicatorValueKind.Target or IndicatorValueKind.TargetRevised) is { Count: > 0 } agreed
                    ? agreed
                    : Nearest(values, printed, v => v.Kind == IndicatorValueKind.RenstraTarget);
                var realization = Nearest(values, printed, v => v.Kind == IndicatorValueKind.Realization).FirstOrDefault();
                if (realization is null)
                {
                    continue;
                }

                if (targets.Count == 0 && !printed.Source.IsProse)
                {
                    targets = TargetsElsewhere(facts, printed);
                }

                var target = targets.FirstOrDefault();
                var reached = realization.Value!.Value;
                var reported = printed.Value!.Value;
                if (target is null || CapaianCalculator.Compute(target.Polarity, target.Value!.Value, reached, method) is not { } computed
                    || targets.Exists(t => FollowsFromFigures(facts, t.Polarity, t.Value!.Value, reached, reported))
                    || facts.Document.CapaianCappedAt100 && reported == 100 && computed > 100)
                {
                    continue;
                }

                findings.Add(MiscomputedCapaian(printed, computed, realization,
                    $"Capaian '{printed.Indicator}' tahun {printed.Year} ({printed.Source}) dilaporkan {IdNumber.Printed(reported)}%, dihitung {IdNumber.Percent(computed)} " +
                    $"({Formula(target.Polarity, method, target.Text, realization.Text)}" + (target.Source.Table != printed.Source.Table ? $", target dari {target.Source}" : string.Empty) + ")."));
            }
        }
    }

    /// <summary>The figures of one kind on the capaian's own row, else on the nearest rows of its table that hold that kind.</summary>
    private static List<ExtractedIndicatorValue> Nearest(List<ExtractedIndicatorValue> values, ExtractedIndicatorValue printed, Func<ExtractedIndicatorValue, bool> kind)
    {
        var candidates = values.Where(v => kind(v) && v.Value is not null && Math.Abs(v.Source.Line - printed.Source.Line) <= MaxKindRowsApart).ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        var distance = candidates.Min(v => Math.Abs(v.Source.Line - printed.Source.Line));
        return [.. candidates.Where(v => Math.Abs(v.Source.Line - printed.Source.Line) == distance)];
    }

    // "Target | Target Perubahan | Realisasi | Capaian" printed as rows under one indicator.
    private const int MaxKindRowsApart = 4;

    /// <summary>
    /// The targets other tables print for the capaian's indicator and year (a PK's and its Perubahan's), one of each
    /// value, the one more tables print first: a capaian following from none of them is miscomputed.
    /// </summary>
    private static List<ExtractedIndicatorValue> TargetsElsewhere(ExtractionResult facts, ExtractedIndicatorValue printed)
    {
        var name = NameKey.Of(printed.Indicator);
        var targets = facts.Indicators.Where(v => v.Kind is IndicatorValueKind.Target or IndicatorValueKind.TargetRevised && v.Value is not null && !v.Source.IsProse
            && v.Source.Table != printed.Source.Table && v.Unit == printed.Unit && v.Year == printed.Year && NameKey.Of(v.Indicator) == name).ToList();
        return [.. targets.GroupBy(t => t.Value).OrderByDescending(g => g.Select(t => t.Source.Table).Distinct().Count()).Select(g => g.First())];
    }

    // The formula with the row's own figures in its places: "target / realisasi = 12 / 8" for a lower-is-better indicator.
    private static string Formula(Polarity polarity, LowerIsBetterMethod method, string target, string realization) =>
        polarity == Polarity.HigherIsBetter ? $"realisasi / target = {realization} / {target}"
        : method == LowerIsBetterMethod.TwoTargetMinusRealization ? $"(2 x target - realisasi) / target = (2 x {target} - {realization}) / {target}"
        : $"target / realisasi = {target} / {realization}";

    /// <summary>
    /// Whether a printed capaian is the realization against the target with the report's lower-is-better formula; a
    /// report that states no formula may use either of the two in use, so a value following from either is not miscomputed.
    /// </summary>
    private static bool FollowsFromFigures(ExtractionResult facts, Polarity polarity, decimal target, decimal realization, decimal printed)
    {
        LowerIsBetterMethod[] methods = facts.Document.LowerIsBetterMethod is { } declared
            ? [declared]
            : [LowerIsBetterMethod.TargetOverRealization, LowerIsBetterMethod.TwoTargetMinusRealization];
        return methods.Any(m => CapaianCalculator.Compute(polarity, target, realization, m) is { } computed && PrintedRounding.MatchesPrinted(computed, printed)
            || ReachableWithinRounding(polarity, target, realization, printed, m));
    }

    /// <summary>
    /// "realisasi 85,5 dari target 80 atau capaian 106,8%": a figure printed with decimals is rounded, so the capaian may
    /// come from any value that rounds to it (85,46 / 80 = 106,8). Whole numbers are taken as exact.
    /// </summary>
    private static bool ReachableWithinRounding(Polarity polarity, decimal target, decimal realization, decimal printed, LowerIsBetterMethod method)
    {
        var corners = RoundedFrom(target).SelectMany(t => RoundedFrom(realization).Select(r => CapaianCalculator.Compute(polarity, t, r, method))).OfType<decimal>().ToList();
        return corners.Count > 0 && corners.Min() <= printed + HalfUnit(printed) && corners.Max() >= printed - HalfUnit(printed);
    }

    private static decimal[] RoundedFrom(decimal printed) => printed.Scale == 0 ? [printed] : [printed - HalfUnit(printed), printed + HalfUnit(printed)];

    /// <summary>A printed capaian beside the one computed from the realization it was printed with.</summary>
    private static AuditFinding MiscomputedCapaian(ExtractedIndicatorValue printed, decimal computed, ExtractedIndicatorValue realization, string description) =>
        new(FindingKind.CapaianMiscomputed, description,
            new FindingValue("dilaporkan", printed.Value, printed.Text, printed.Source),
            new FindingValue("dihitung", PrintedRounding.RoundAsPrinted(computed), IdNumber.Percent(computed), realization.Source))
        {
            Lines = [printed.Source.Line],
            Subject = printed.Indicator,
        };

    /// <summary>The report's printed capaian scale, or null when its bands overlap or leave no order.</summary>
    private static CapaianScale? ScaleOf(IReadOnlyList<ScaleBand> bands) =>
        bands.Count >= 2 && CapaianScale.Validate([.. bands.Select(b => new CapaianBand(b.Label, b.Min, b.Max))]) is null
            ? CapaianScale.FromBands(bands.Select(b => (b.Label, b.Min, b.Max)))
            : null;

    /// <summary>
    /// A category printed beside a capaian ("Kategori: Baik") against the report's own capaian scale; a report that
    /// prints no scale but words its categories as Permendagri 86/2017 does ("Sangat Tinggi", "Sedang") is held to that scale.
    /// </summary>
    private static void CapaianCategories(ExtractionResult facts, List<AuditFinding> findings)
    {
        var bands = facts.ScaleOf(ScaleKind.Capaian);
        if (bands.Count == 0)
        {
            DefaultScaleCategories(facts, findings);
            return;
        }

        if (bands.Count < 2 || ScaleOf(bands) is not { } scale)
        {
            return;
        }

        foreach (var value in CategorizedCapaian(facts))
        {
            var printed = bands.FirstOrDefault(b => NameKey.Of(b.Label) == NameKey.Of(value.Category));
            if (printed is null || scale.Classify(value.Value!.Value) is not { } expected || NameKey.Of(expected) == NameKey.Of(printed.Label))
            {
                continue;
            }

            var band = bands.First(b => b.Label == expected);
            findings.Add(new AuditFinding(FindingKind.CategoryMismatch,
                $"Kategori capaian '{value.Indicator}' ({value.Source}) dilaporkan '{value.Category}', menurut skala laporan capaian {IdNumber.Printed(value.Value.Value)}% termasuk '{expected}'.",
                new FindingValue("dilaporkan", value.Value, value.Category!, value.Source),
                new FindingValue("skala", value.Value, expected, band.Source))
            {
                Lines = [value.Source.Line, band.Source.Line],
                Subject = value.Indicator,
            });
        }
    }

    private static void DefaultScaleCategories(ExtractionResult facts, List<AuditFinding> findings)
    {
        var scale = CapaianScale.Permendagri86Of2017;
        foreach (var value in CategorizedCapaian(facts))
        {
            var printed = scale.Bands.FirstOrDefault(b => NameKey.Of(b.Label) == NameKey.Of(value.Category));
            if (printed is null || scale.Classify(value.Value!.Value) is not { } expected || expected == printed.Label)
            {
                continue;
            }

            findings.Add(new AuditFinding(FindingKind.CategoryMismatch,
                $"Kategori capaian '{value.Indicator}' ({value.Source}) dilaporkan '{value.Category}', menurut skala Permendagri 86/2017 capaian {IdNumber.Printed(value.Value.Value)}% termasuk '{expected}'.",
                new FindingValue("dilaporkan", value.Value, value.Category!, value.Source),
                new FindingValue("skala Permendagri 86/2017", value.Value, expected, value.Source))
            {
                Lines = [value.Source.Line],
                Subject = value.Indicator,
            });
        }
    }

    private static IEnumerable<ExtractedIndicatorValue> CategorizedCapaian(ExtractionResult facts) =>
        facts.Indicators.Where(v => v.Kind == IndicatorValueKind.ReportedCapaian && v.Category is not null && v.Value is not null);
}
