using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Model;

namespace Sakip.Analytics.Extraction.Audit;

public static partial class ReportAuditor
{
    /// <summary>The JUMLAH rows of the report's general tables (villages, households, fires) against the rows they add up.</summary>
    private static void ColumnTotals(ExtractionResult facts, List<AuditFinding> findings)
    {
        foreach (var total in facts.ColumnTotals)
        {
            var sum = total.Parts.Sum(p => p.Value);
            if (PrintedRounding.MatchesPrinted(sum, total.Printed))
            {
                continue;
            }

            if (total.AcrossRow)
            {
                findings.Add(new AuditFinding(FindingKind.SumMismatch,
                    $"Jumlah baris '{total.Column}' ({total.Source}) dilaporkan {total.Text}, dihitung {IdNumber.Format(sum, total.Printed.Scale)} dari {total.Parts.Count} kolom di kirinya ({string.Join(", ", total.Parts.Select(p => p.Label))}).",
                    new FindingValue("dilaporkan", total.Printed, total.Text, total.Source),
                    new FindingValue("dihitung", sum, IdNumber.Format(sum, total.Printed.Scale), total.Source))
                {
                    Lines = [total.Source.Line],
                    Subject = total.Column,
                    OnWholeReport = true,
                });
                continue;
            }

            var first = total.Parts[0].Line;
            var last = total.Parts[^1].Line;
            var column = total.Column.Length > 0 ? $" kolom '{total.Column}'" : string.Empty;
            findings.Add(new AuditFinding(FindingKind.SumMismatch,
                $"Jumlah{column} ({total.Source}) dilaporkan {total.Text}, dihitung {IdNumber.Format(sum, total.Printed.Scale)} dari {total.Parts.Count} baris di atasnya (baris {first}–{last}).",
                new FindingValue("dilaporkan", total.Printed, total.Text, total.Source),
                new FindingValue("dihitung", sum, IdNumber.Format(sum, total.Printed.Scale), Where(facts, total.Source.Table, first)))
            {
                Lines = [total.Source.Line, .. total.Parts.Select(p => p.Line)],
                Subject = total.Column,
                OnWholeReport = true,
            });
        }
    }
}
