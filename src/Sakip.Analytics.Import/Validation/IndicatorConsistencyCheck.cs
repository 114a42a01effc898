using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Import.Validation;

/// <summary>
/// An indicator's level, satuan and polarity describe the indicator, not one of its values: every row
/// of the same (tenant, unit, indicator, goal) must agree, or capaian would be computed inconsistently.
/// </summary>
internal static class IndicatorConsistencyCheck
{
    public static void Report(IEnumerable<IndicatorValueFact> facts, ErrorCollector errors)
    {
        var firstFacts = new Dictionary<(string, string, string, string?), IndicatorValueFact>();
        foreach (var fact in facts)
        {
            var key = (fact.Tenant, fact.Unit, fact.Indicator, fact.Goal);
            if (!firstFacts.TryGetValue(key, out var first))
            {
                firstFacts.Add(key, fact);
                continue;
            }

            Compare(fact, first, Columns.Level, f => f.Level.ToSlug(), errors);
            Compare(fact, first, Columns.Satuan, f => f.Satuan, errors);
            Compare(fact, first, Columns.Polarity, f => f.Polarity.ToSlug(), errors);
        }
    }

    private static void Compare(IndicatorValueFact fact, IndicatorValueFact first, string column, Func<IndicatorValueFact, string?> describe, ErrorCollector errors)
    {
        var value = describe(fact);
        var firstValue = describe(first);
        if (!string.Equals(value, firstValue, StringComparison.Ordinal))
        {
            errors.Add(fact.Origin.File, fact.Origin.Row, column, Reasons.Inconsistent(column, value, firstValue, first.Origin.Row));
        }
    }
}
