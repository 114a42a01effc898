using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Model;

namespace Sakip.Analytics.Extraction.Audit;

public static partial class ReportAuditor
{
    /// <summary>
    /// The whole budget as a sentence states it ("realisasi anggaran sebesar Rp ... atau 95,12% dari pagu Rp ...", in the
    /// Ikhtisar or in Bab III) against a table's JUMLAH that shares one of its figures: the same pagu (or the same realisasi)
    /// shows both speak of the same budget, so the other figures must agree too.
    /// </summary>
    private static void WholeBudgetAgainstTables(ExtractionResult facts, List<AuditFinding> findings)
    {
        var hasRevised = facts.Budget.Any(b => b.Stage == BudgetStage.Perubahan);
        var tableTotals = facts.Budget.Where(b => b.Level == BudgetLevel.Total && !b.Source.IsProse && !b.IsIndividual).OrderBy(b => b.Source.Line).ToList();
        foreach (var prose in facts.Budget.Where(b => b.Level == BudgetLevel.Total && b.Name == WholeBudgetName && b.Source.IsProse))
        {
            var table = tableTotals.FirstOrDefault(t => t.Year == prose.Year && StageFamily(t.Stage, hasRevised) == StageFamily(prose.Stage, hasRevised)
                && (prose.Pagu is not null && prose.Pagu == t.Pagu || prose.Realisasi is not null && prose.Realisasi == t.Realisasi));
            if (table is null && prose is { Pagu: null, Realisasi: null, ReportedPercent: { } onlyPercent })
            {
                WholeAbsorptionAgainstTables(prose, onlyPercent, [.. tableTotals.Where(t => t.Year == prose.Year)], findings);
                continue;
            }

            if (table is null)
            {
                continue;
            }

            // A sentence printing pagu and realisasi has its percentage checked against them.
            var percent = prose.Pagu is null || prose.Realisasi is null;
            foreach (var (amount, label, unit) in new (Func<ExtractedBudgetLine, decimal?> Amount, string Label, string Unit)[]
                { (b => b.Pagu, "Pagu", ""), (b => b.Realisasi, "Realisasi", ""), (b => percent ? b.ReportedPercent : null, "Penyerapan", "%") })
            {
                if (amount(prose) is not { } stated || amount(table) is not { } printed || Agree(stated, printed) || AlreadyQuestioned(findings, prose, label))
                {
                    continue;
                }

                findings.Add(new AuditFinding(FindingKind.TableVsText,
                    $"{label} seluruh anggaran tercetak {IdNumber.Printed(stated)}{unit} di {prose.Source}, tetapi {IdNumber.Printed(printed)}{unit} pada '{table.Name}' di {table.Source}.",
                    new FindingValue("dilaporkan", stated, IdNumber.Printed(stated) + unit, prose.Source),
                    new FindingValue(table.Source.Table, printed, IdNumber.Printed(printed) + unit, table.Source))
                {
                    Lines = [prose.Source.Line, table.Source.Line],
                    Subject = table.Name,
                    About = Dataset.Budget,
                });
            }
        }
    }

    /// <summary>
    /// "Penyerapan anggaran tahun 2023 mencapai 95,75%" with no amount to tell which table it speaks of: it must be the
    /// absorption of one of the year's table totals (printed, or realisasi over pagu), when those all agree on one.
    /// </summary>
    private static void WholeAbsorptionAgainstTables(ExtractedBudgetLine prose, decimal stated, List<ExtractedBudgetLine> totals, List<AuditFinding> findings)
    {
        var absorptions = totals.Select(t => (Line: t, Percent: t.ReportedPercent ?? (t is { Pagu: { } p, Realisasi: { } r } ? BudgetEfficiency.Penyerapan(p, r) : null)))
            .Where(t => t.Percent is not null).ToList();
        if (absorptions.Count == 0 || absorptions.Exists(t => Agree(stated, t.Percent!.Value))
            || absorptions.Exists(t => !Agree(t.Percent!.Value, absorptions[0].Percent!.Value)))
        {
            return;
        }

        var (table, percent) = (absorptions[0].Line, absorptions[0].Percent!.Value);
        var text = table.ReportedPercent is { } printed ? IdNumber.Printed(printed) : IdNumber.Format(percent, 2);
        findings.Add(new AuditFinding(FindingKind.TableVsText,
            $"Penyerapan seluruh anggaran tercetak {IdNumber.Printed(stated)}% di {prose.Source}, tetapi {text}% pada '{table.Name}' di {table.Source}.",
            new FindingValue("dilaporkan", stated, IdNumber.Printed(stated) + "%", prose.Source),
            new FindingValue(table.Source.Table, percent, text + "%", table.Source))
        {
            Lines = [prose.Source.Line, table.Source.Line],
            Subject = table.Name,
            About = Dataset.Budget,
        });
    }

    // The sentence's figure already questioned against the other sentences stating the whole budget.
    private static bool AlreadyQuestioned(List<AuditFinding> findings, ExtractedBudgetLine prose, string label) =>
        findings.Exists(f => f.Subject == prose.Name && f.Reported.Location == prose.Source && f.Description.StartsWith(label, StringComparison.Ordinal));
}
