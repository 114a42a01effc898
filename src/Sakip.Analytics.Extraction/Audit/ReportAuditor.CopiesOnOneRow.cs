using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;

namespace Sakip.Analytics.Extraction.Audit;

public static partial class ReportAuditor
{
    /// <summary>
    /// "Realisasi 2023 | Realisasi s.d. 2023": a second value of the same kind and year on one table row is another measure
    /// (here the running total), so no copy of the first nor of the year's value in the other tables. The same indicator at
    /// two levels of one row (a sasaran's and its program's "Nilai AKIP") is still two copies.
    /// </summary>
    private static HashSet<ExtractedIndicatorValue> SecondOfKindOnRow(ExtractionResult facts) =>
        [.. facts.Indicators.Where(v => !v.Source.IsProse).GroupBy(v => (v.Source.Table, v.Source.Line, v.Unit, v.Level, v.Indicator, v.Year, v.Kind))
            .SelectMany(sameKind => sameKind.Skip(1))];

    /// <summary>
    /// "Target Renstra 2023 | ... | Realisasi 2023 | Capaian thd Renstra": a capaian against the Renstra's target for the year
    /// itself, not against its end target, so no copy of the capaian against the end target other tables print.
    /// </summary>
    private static IEnumerable<ExtractedIndicatorValue> RenstraCapaianAgainstYearTarget(ExtractionResult facts) =>
        facts.Indicators.Where(v => !v.Source.IsProse).GroupBy(v => (v.Source.Table, v.Source.Line, v.Unit, v.Indicator))
            .SelectMany(row => row.Where(v => v.Kind == IndicatorValueKind.ReportedCapaianRenstra
                && row.Any(t => t.Kind == IndicatorValueKind.RenstraTarget && t.Year == v.Year)
                && !row.Any(t => t.Kind == IndicatorValueKind.RenstraTarget && t.Year > v.Year)));
}
