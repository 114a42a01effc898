using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;

namespace Sakip.Analytics.Extraction.Audit;

public static partial class ReportAuditor
{
    /// <summary>
    /// "terjadi 57 kejadian kebakaran" against the JUMLAH of a table of the same year counting the same things ("kejadian
    /// kebakaran", or "kejadian" when that is all its header says): a stated total that is neither the table's total nor one
    /// of its rows.
    /// </summary>
    private static void ClaimedTotals(ExtractionResult facts, List<AuditFinding> findings)
    {
        foreach (var claim in facts.Claims.OfType<TotalClaim>())
        {
            var year = claim.Year ?? facts.Document.ReportYear;
            var total = facts.ColumnTotals.FirstOrDefault(t => !t.AcrossRow && t.Year == year && Counts(t, claim.Noun));
            if (total is null || total.Printed == claim.Value || total.Parts.Any(p => p.Value == claim.Value) || IsOtherColumnsTotal(facts, total, claim.Value))
            {
                continue;
            }

            findings.Add(new AuditFinding(FindingKind.TableVsText,
                $"Jumlah {total.Thing} tahun {year} tercetak {claim.Text} di {claim.Source}, tetapi {total.Text} di {total.Source}.",
                new FindingValue("dilaporkan", claim.Value, claim.Text, claim.Source),
                new FindingValue("tabel", total.Printed, total.Text, total.Source))
            {
                Lines = [claim.Source.Line, total.Source.Line],
                Subject = total.Thing,
                OnWholeReport = true,
            });
        }
    }

    /// <summary>
    /// "Dari 2.250 permohonan, sebanyak 2.172 permohonan diselesaikan tepat waktu": the JUMLAH of another column of the same row
    /// (those done on time) is no other count of the things the first column counts.
    /// </summary>
    private static bool IsOtherColumnsTotal(ExtractionResult facts, ExtractedColumnTotal total, decimal claimed) =>
        facts.ColumnTotals.Any(t => t != total && !t.AcrossRow && t.Source.Line == total.Source.Line && t.Printed == claimed);

    /// <summary>Whether the things a sentence counts ("kejadian kebakaran bangunan") are the ones the table counts ("kejadian kebakaran").</summary>
    private static bool Counts(ExtractedColumnTotal total, string noun) =>
        total.Thing is { Length: > 0 } thing && (noun == thing || noun.StartsWith(thing + " ", StringComparison.Ordinal) || thing.StartsWith(noun + " ", StringComparison.Ordinal) && noun.Contains(' ', StringComparison.Ordinal));
}
