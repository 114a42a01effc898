using Sakip.Analytics.Extraction;
using Sakip.Analytics.Extraction.Audit;
using Sakip.Analytics.Extraction.Model;

namespace Sakip.Analytics.Web.Review;

/// <summary>
/// An extraction as the Operator's review leaves it: corrected values in, the facts of the tables that
/// are kept, and the audit run again on exactly those facts.
/// </summary>
public static class ReviewedExtraction
{
    public static ExtractionResult Apply(ExtractionResult original, ReviewState state, Func<string, bool> keepTable, ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(keepTable);
        var kept = KeepTables(ReviewEdits.Apply(original, state.Edits), keepTable);
        var unchanged = state.Edits.Count == 0
            && kept.Indicators.Count == original.Indicators.Count && kept.Budget.Count == original.Budget.Count
            && kept.Akip.Count == original.Akip.Count && kept.Ikm.Count == original.Ikm.Count
            && kept.CategoryClaims.Count == original.CategoryClaims.Count;
        return unchanged ? original : kept with { Findings = ReportAuditor.Audit(kept, options) };
    }

    /// <summary>The facts (and prose category claims) printed in the tables <paramref name="keepTable"/> accepts.</summary>
    public static ExtractionResult KeepTables(ExtractionResult result, Func<string, bool> keepTable)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(keepTable);
        return result with
        {
            Indicators = [.. result.Indicators.Where(v => keepTable(v.Source.Table))],
            Budget = [.. result.Budget.Where(b => keepTable(b.Source.Table))],
            Akip = [.. result.Akip.Where(a => keepTable(a.Source.Table))],
            Ikm = [.. result.Ikm.Where(k => keepTable(k.Source.Table))],
            CategoryClaims = [.. result.CategoryClaims.Where(c => keepTable(c.Source.Table))],
        };
    }
}
