using Sakip.Analytics.Extraction.Model;

namespace Sakip.Analytics.Extraction.Audit;

public static partial class ReportAuditor
{
    /// <summary>
    /// The same pagu and realisasi (a distinctive pair: both non-zero and not equal) printed for
    /// budget lines of the same level but different names in two tables: one table names the line wrongly. Not where a line
    /// is a sasaran's ("Meningkatnya ketertiban umum"): a sasaran funded by one kegiatan alone has that kegiatan's figures.
    /// </summary>
    private static void BudgetRenamed(ExtractionResult facts, List<AuditFinding> findings)
    {
        var lines = facts.Budget.Where(b => !b.IsIndividual && !b.Source.IsProse && b.Level != Domain.Facts.BudgetLevel.Total
            && b.Pagu is > 0 && b.Realisasi is > 0 && b.Pagu != b.Realisasi && !Interpretation.IndicatorTableReader.StatesGoal(b.Name)).ToList();
        var clusters = new NameClusters(lines.Select(b => b.Name), facts.Document.Unit, facts.Document.UnitNameVariants, 0.8, 0.85);
        foreach (var pair in lines.GroupBy(b => (b.Pagu, b.Realisasi, b.Level)))
        {
            var named = pair.GroupBy(b => clusters.Of(b.Name)).ToList();
            if (named.Count < 2)
            {
                continue;
            }

            var first = named[0].First();
            foreach (var other in named.Skip(1).Select(g => g.First()).Where(o => o.Source.Table != first.Source.Table))
            {
                findings.Add(new AuditFinding(Domain.Facts.BudgetLevel.Total == other.Level ? FindingKind.Other : FindingKind.TableVsTable,
                    $"Pagu {IdNumber.Printed(first.Pagu!.Value)} dan realisasi {IdNumber.Printed(first.Realisasi!.Value)} tercatat untuk '{first.Name}' di {first.Source}, " +
                    $"tetapi untuk '{other.Name}' di {other.Source}.",
                    new FindingValue(other.Source.Table, other.Pagu, other.Name, other.Source),
                    new FindingValue(first.Source.Table, first.Pagu, first.Name, first.Source))
                {
                    Lines = [first.Source.Line, other.Source.Line],
                    Subject = first.Name,
                });
            }
        }
    }
}
