using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;

namespace Sakip.Analytics.Extraction.Audit;

public static partial class ReportAuditor
{
    /// <summary>
    /// JUMLAH rows of two tables that list mostly the same lines (by name) must agree; totals the
    /// prose gives for the whole budget ("keseluruhan anggaran ...") must agree with each other.
    /// A table of belanja groups and a table of programs add up the same money differently, so
    /// only like with like is compared, and only within one year.
    /// </summary>
    private static void TotalCopies(ExtractionResult facts, List<AuditFinding> findings)
    {
        var hasRevised = facts.Budget.Any(b => b.Stage == BudgetStage.Perubahan);
        var budget = facts.Budget.Where(b => !b.IsIndividual).ToList();
        var clusters = new NameClusters(budget.Where(b => b.Level != BudgetLevel.Total).Select(b => b.Name), facts.Document.Unit, facts.Document.UnitNameVariants, 0.8, 0.85);
        var tableTotals = budget.Where(b => b.Level == BudgetLevel.Total && !b.Source.IsProse && b.GroupKey is not null)
            .Select(t => (Total: t, Children: budget.Where(c => c.GroupKey == t.GroupKey && c.Level != BudgetLevel.Total && c.ParentLine is null).Select(c => clusters.Of(c.Name)).ToHashSet()))
            .Where(t => t.Children.Count >= 2)
            .ToList();
        var compared = new HashSet<(int, int)>();
        foreach (var a in tableTotals)
        {
            var alike = tableTotals.Where(b => b.Total.GroupKey != a.Total.GroupKey && b.Total.Year == a.Total.Year && StageFamily(b.Total.Stage, hasRevised) == StageFamily(a.Total.Stage, hasRevised)
                && Jaccard(a.Children, b.Children) >= 0.5).Select(b => b.Total).Prepend(a.Total).ToList();
            var key = (alike.Min(t => t.Source.Line), alike.Count);
            if (alike.Count > 1 && compared.Add(key))
            {
                TotalDisagreements(facts, alike, findings);
            }
        }

        var whole = budget.Where(b => b.Level == BudgetLevel.Total && b.Name == WholeBudgetName).ToList();
        foreach (var stage in whole.GroupBy(b => (Stage: StageFamily(b.Stage, hasRevised), b.Year)))
        {
            TotalDisagreements(facts, [.. stage], findings);
        }
    }

    /// <summary>The name prose totals and lone "Jumlah" lines get when they state the whole budget.</summary>
    internal const string WholeBudgetName = "Jumlah anggaran (teks)";

    private static void TotalDisagreements(ExtractionResult facts, List<ExtractedBudgetLine> totals, List<AuditFinding> findings)
    {
        foreach (var (amount, label) in new (Func<ExtractedBudgetLine, decimal?> Amount, string Label)[] { (b => b.Pagu, "Pagu"), (b => b.Realisasi, "Realisasi") })
        {
            Disagreements(facts, [.. totals.Where(t => amount(t) is not null)], t => amount(t)!.Value, t => t.Source, t => IdNumber.Printed(amount(t)!.Value), t => t.Name,
                (subject, _) => $"{label} '{subject}'", findings, distinctTables: true);
        }
    }

    private static double Jaccard(HashSet<int> a, HashSet<int> b) => a.Count + b.Count == 0 ? 0 : (double)a.Intersect(b).Count() / a.Union(b).Count();
}
