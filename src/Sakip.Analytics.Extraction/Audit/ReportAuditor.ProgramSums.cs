using System.Text.RegularExpressions;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Audit;

public static partial class ReportAuditor
{
    /// <summary>
    /// A program's pagu in one table (a PK listing the program with its kegiatan) against the sum of
    /// all kegiatan of that program in a table coded by kode rekening: the program's code is found
    /// from a kegiatan both tables name (a kegiatan's code is its program's code plus two parts, as in
    /// 2.16.01 and 2.16.01.2.03), and the coded table's kegiatan of that code are added up. When the
    /// report has a revised budget, the original (murni) one is not compared with it.
    /// </summary>
    private static void ProgramKegiatanSums(ExtractionResult facts, List<AuditFinding> findings)
    {
        var hasRevised = facts.Budget.Any(b => b.Stage == BudgetStage.Perubahan);
        var budget = facts.Budget.Where(b => !b.IsIndividual && b.Pagu is not null && b.Unit == facts.Document.Unit).ToList();
        var coded = budget.Where(b => b.Level == BudgetLevel.Kegiatan && !b.Source.IsProse && ProgramCodeOf(b.Code) is not null).ToList();
        foreach (var program in budget.Where(b => b.Level == BudgetLevel.Program && !b.Source.IsProse))
        {
            var kegiatan = budget.Where(b => b.ParentLine == program.Source.Line && b.Source.Table == program.Source.Table && b.Level == BudgetLevel.Kegiatan).ToList();
            var named = coded.FirstOrDefault(c => c.Source.Table != program.Source.Table && c.Year == program.Year
                && StageFamily(c.Stage, hasRevised) == StageFamily(program.Stage, hasRevised) && kegiatan.Exists(k => SameActivity(k.Name, c.Name)));
            if (named is null)
            {
                continue;
            }

            var code = ProgramCodeOf(named.Code)!;
            // A kegiatan printed on each row of its indicators (a table of indicators and their money) is added up once.
            var listed = coded.Where(c => c.Source.Table == named.Source.Table && c.GroupKey == named.GroupKey && ProgramCodeOf(c.Code) == code)
                .DistinctBy(c => NormalizedCode(c.Code)).ToList();
            var programRow = budget.Any(b => b.Source.Table == named.Source.Table && b.Level == BudgetLevel.Program && NormalizedCode(b.Code) == code);
            var sum = listed.Sum(c => c.Pagu!.Value);
            if (programRow || sum == program.Pagu)
            {
                continue;
            }

            findings.Add(new AuditFinding(FindingKind.TableVsTable,
                $"Pagu '{program.Name}' {IdNumber.Printed(program.Pagu!.Value)} ({program.Source}), tetapi kegiatannya (kode {code}) di {named.Source.Table} berjumlah " +
                $"{IdNumber.Printed(sum)} ({string.Join(" + ", listed.Select(c => $"{IdNumber.Printed(c.Pagu!.Value)} baris {c.Source.Line}"))}).",
                new FindingValue("dilaporkan", program.Pagu, IdNumber.Printed(program.Pagu.Value), program.Source),
                new FindingValue(named.Source.Table, sum, IdNumber.Printed(sum), listed[0].Source))
            {
                Lines = [program.Source.Line, .. listed.Select(c => c.Source.Line)],
                Subject = program.Name,
            });
        }
    }

    /// <summary>"7.01.7.01.0.003.2.02." is a kegiatan of program "7.01.7.01.0.003"; null for a code too short to have a program.</summary>
    private static string? ProgramCodeOf(string? code)
    {
        var parts = NormalizedCode(code)?.Split('.');
        return parts is { Length: >= 4 } ? string.Join('.', parts[..^2]) : null;
    }

    private static string? NormalizedCode(string? code) => code is null ? null : code.Trim().Trim('.');

    private static bool SameActivity(string a, string b)
    {
        var (left, right) = (NameKey.Of(ActivityWord().Replace(a, string.Empty)), NameKey.Of(ActivityWord().Replace(b, string.Empty)));
        return left.Length > 0 && (left == right || Similarity.EditRatio(left, right) >= 0.85);
    }

    [GeneratedRegex(@"^\W*(kegiatan|program|sub\s*kegiatan)\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ActivityWord();
}
