using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Model;

namespace Sakip.Analytics.Extraction.Audit;

public static partial class ReportAuditor
{
    /// <summary>Each line with rows under it (and each JUMLAH/TOTAL) against the sum of those rows, pagu and realisasi.</summary>
    private static void BudgetSums(ExtractionResult facts, List<AuditFinding> findings)
    {
        foreach (var group in facts.Budget.Where(b => b.GroupKey is not null).GroupBy(b => b.GroupKey))
        {
            var lines = group.ToList();
            foreach (var parent in lines)
            {
                var children = parent.Level == BudgetLevel.Total
                    ? lines.Where(l => l.Level != BudgetLevel.Total && l.ParentLine is null).ToList()
                    : lines.Where(l => l.ParentLine == parent.Source.Line && l != parent).ToList();
                if (children.Count == 0 || parent.Level == BudgetLevel.Total && children.Count < 2)
                {
                    continue;
                }

                CheckSum(facts, parent, children, b => b.Pagu, "pagu", findings);
                CheckSum(facts, parent, children, b => b.Realisasi, "realisasi", findings);
            }

            foreach (var line in lines)
            {
                CheckRealisasiParts(facts, line, findings);
            }
        }
    }

    private static void CheckSum(ExtractionResult facts, ExtractedBudgetLine parent, List<ExtractedBudgetLine> children,
        Func<ExtractedBudgetLine, decimal?> amount, string what, List<AuditFinding> findings)
    {
        if (amount(parent) is not { } printed || children.Exists(c => amount(c) is null))
        {
            return;
        }

        var sum = children.Sum(c => amount(c)!.Value);
        if (PrintedRounding.MatchesPrinted(sum, printed))
        {
            return;
        }

        var first = children.Min(c => c.Source.Line);
        var last = children.Max(c => c.Source.Line);
        var description = $"Jumlah {what} '{parent.Name}' ({parent.Source}) dilaporkan {IdNumber.Printed(printed)}, dihitung {IdNumber.Format(sum, printed.Scale)} " +
            $"dari {children.Count} baris rinciannya ({(first == last ? $"baris {first}" : $"baris {first}–{last}")}).";
        findings.Add(new AuditFinding(FindingKind.SumMismatch, description,
            new FindingValue("dilaporkan", printed, IdNumber.Printed(printed), parent.Source),
            new FindingValue("dihitung", sum, IdNumber.Format(sum, printed.Scale), Where(facts, parent.Source.Table, first)))
        {
            Lines = [parent.Source.Line, .. children.Select(c => c.Source.Line).Distinct()],
            Subject = parent.Name,
        });
    }

    private static void CheckRealisasiParts(ExtractionResult facts, ExtractedBudgetLine line, List<AuditFinding> findings)
    {
        if (line is not { Realisasi: { } total, RealisasiPegawai: { } pegawai, RealisasiBarangJasa: { } barang, RealisasiModal: { } modal })
        {
            return;
        }

        var sum = pegawai + barang + modal;
        if (!PrintedRounding.MatchesPrinted(sum, total))
        {
            findings.Add(new AuditFinding(FindingKind.SumMismatch,
                $"Realisasi '{line.Name}' ({line.Source}) dilaporkan {IdNumber.Printed(total)}, dihitung {IdNumber.Format(sum, total.Scale)} (pegawai + barang dan jasa + modal).",
                new FindingValue("dilaporkan", total, IdNumber.Printed(total), line.Source),
                new FindingValue("dihitung", sum, IdNumber.Format(sum, total.Scale), Where(facts, line.Source.Table, line.Source.Line)))
            {
                Lines = [line.Source.Line],
                Subject = line.Name,
            });
        }
    }

    /// <summary>Each printed penyerapan against realisasi / pagu.</summary>
    private static void BudgetPercentages(ExtractionResult facts, List<AuditFinding> findings)
    {
        foreach (var line in facts.Budget)
        {
            if (line is not { Pagu: { } pagu, Realisasi: { } realisasi, ReportedPercent: { } printed } || BudgetEfficiency.Penyerapan(pagu, realisasi) is not { } computed)
            {
                continue;
            }

            if (PrintedRounding.MatchesPrinted(computed, printed))
            {
                continue;
            }

            if (line.Source.IsProse && TablePrintingRightPercent(facts, line, computed) is { } table)
            {
                findings.Add(ProseVsTablePercent(line, printed, table));
                continue;
            }

            if (line.Source.IsProse && QuotesTablePercent(facts, line, printed))
            {
                continue;
            }

            findings.Add(new AuditFinding(FindingKind.CapaianMiscomputed,
                $"Penyerapan '{line.Name}' ({line.Source}) dilaporkan {IdNumber.Printed(printed)}%, dihitung {IdNumber.Percent(computed)} " +
                $"({IdNumber.Printed(realisasi)} / {IdNumber.Printed(pagu)}).",
                new FindingValue("dilaporkan", printed, IdNumber.Printed(printed) + "%", line.Source),
                new FindingValue("dihitung", PrintedRounding.RoundAsPrinted(computed), IdNumber.Percent(computed), line.Source))
            {
                Lines = [line.Source.Line],
                Subject = line.Name,
            });
        }
    }

    // The same pagu and realisasi in a table whose printed percentage is the right one.
    private static ExtractedBudgetLine? TablePrintingRightPercent(ExtractionResult facts, ExtractedBudgetLine prose, decimal computed) =>
        facts.Budget.FirstOrDefault(b => !b.Source.IsProse && b.Pagu == prose.Pagu && b.Realisasi == prose.Realisasi
            && b.ReportedPercent is { } printed && PrintedRounding.MatchesPrinted(computed, printed));

    // A sentence quoting a table's right percentage beside one of its amounts misprinted: the amount is the error, and
    // the whole-budget check reports it against the table.
    private static bool QuotesTablePercent(ExtractionResult facts, ExtractedBudgetLine prose, decimal printed) =>
        facts.Budget.Any(b => !b.Source.IsProse && (b.Pagu == prose.Pagu || b.Realisasi == prose.Realisasi)
            && b is { Pagu: { } pagu, Realisasi: { } realisasi, ReportedPercent: { } percent } && Agree(percent, printed)
            && BudgetEfficiency.Penyerapan(pagu, realisasi) is { } computed && PrintedRounding.MatchesPrinted(computed, percent));

    /// <summary>A sentence quoting a table's total with another percentage than the table's (right) one.</summary>
    private static AuditFinding ProseVsTablePercent(ExtractedBudgetLine prose, decimal printed, ExtractedBudgetLine table) =>
        new(FindingKind.TableVsText,
            $"Penyerapan '{prose.Name}' tercetak {IdNumber.Printed(printed)}% di {prose.Source}, tetapi {IdNumber.Printed(table.ReportedPercent!.Value)}% di {table.Source} " +
            $"({IdNumber.Printed(prose.Realisasi!.Value)} / {IdNumber.Printed(prose.Pagu!.Value)}).",
            new FindingValue("dilaporkan", printed, IdNumber.Printed(printed) + "%", prose.Source),
            new FindingValue("tabel", table.ReportedPercent, IdNumber.Printed(table.ReportedPercent.Value) + "%", table.Source))
        {
            Lines = [prose.Source.Line, table.Source.Line],
            Subject = prose.Name,
        };
}
