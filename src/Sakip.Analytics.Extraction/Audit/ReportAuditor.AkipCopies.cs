using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Interpretation;
using Sakip.Analytics.Extraction.Model;

namespace Sakip.Analytics.Extraction.Audit;

public static partial class ReportAuditor
{
    /// <summary>
    /// The same unit's AKIP score of one year printed in several tables and sentences (the evaluation table, a history, the
    /// prose): each copy that disagrees with the one printed most often is a finding. A score the report also measures as an
    /// indicator is held to its copies with the indicators.
    /// </summary>
    private static void AkipCopies(ExtractionResult facts, List<AuditFinding> findings)
    {
        var measured = facts.Indicators.Where(v => v.Value is not null && SubjectWords.NamesAkip(v.Indicator)).Select(v => (v.Unit, v.Year)).ToHashSet();
        var groups = facts.Akip.Where(a => a.Total is not null && a.Kind == AkipValueKind.Realization && !measured.Contains((a.Unit, a.Year)))
            .GroupBy(a => (a.Unit, a.Year));
        foreach (var group in groups)
        {
            Disagreements(facts, [.. group], a => a.Total!.Value, a => a.Source, a => a.TotalText ?? IdNumber.Printed(a.Total!.Value), a => a.Unit,
                (unit, _) => $"Nilai AKIP {unit} tahun {group.Key.Year}", findings);
        }
    }
}
