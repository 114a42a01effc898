using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Interpretation;

/// <summary>One fact per printed occurrence: the same figure read twice from the same line (a sentence that repeats it) counts once.</summary>
internal static class Deduplication
{
    public static IReadOnlyList<ExtractedIndicatorValue> Indicators(IEnumerable<ExtractedIndicatorValue> values) =>
        [.. values.GroupBy(v => (v.Unit, Name: NameKey.Of(v.Indicator), v.Year, v.Kind, v.Value, v.Grade, v.Source.Line, v.Source.Table))
            .Select(g => g.OrderByDescending(v => v.Source.Confidence).First())
            .OrderBy(v => v.Source.Line)];

    public static IReadOnlyList<ExtractedBudgetLine> Budget(IEnumerable<ExtractedBudgetLine> lines) =>
        [.. lines.GroupBy(b => (b.Source.Line, Name: NameKey.Of(b.Name), b.Pagu, b.Realisasi, b.Level, b.GroupKey))
            .Select(g => g.First())
            .OrderBy(b => b.Source.Line)];
}
