using Sakip.Analytics.Extraction.Model;

namespace Sakip.Analytics.Extraction.Audit;

public static partial class ReportAuditor
{
    /// <summary>
    /// One miscomputed capaian copied into several tables and sentences ("115,00%" for 85,00% in the measurement table, the
    /// comparison table and the Ikhtisar) is one error: a single finding at its first place, naming the others and resting
    /// on all their lines.
    /// </summary>
    private static List<AuditFinding> RepeatedAsOne(List<AuditFinding> findings)
    {
        var copiesOf = findings.Where(f => f.Kind == FindingKind.CapaianMiscomputed).GroupBy(SameError).ToDictionary(g => g.Key, g => g.ToList());
        var merged = new List<AuditFinding>();
        foreach (var finding in findings)
        {
            if (finding.Kind != FindingKind.CapaianMiscomputed || copiesOf[SameError(finding)] is not { Count: > 1 } copies)
            {
                merged.Add(finding);
                continue;
            }

            var ordered = copies.OrderBy(f => f.Reported.Location.IsProse ? 1 : 0).ThenBy(f => f.Reported.Location.Line).ToList();
            if (finding != ordered[0])
            {
                continue;
            }

            merged.Add(finding with
            {
                Description = $"{finding.Description} Tercetak sama di {string.Join(", ", ordered.Skip(1).Select(c => c.Reported.Location.ToString()))}.",
                Lines = [.. ordered.SelectMany(c => c.Lines).Distinct().Order()],
            });
        }

        return merged;
    }

    // "Capaian 'X' tahun 2024" with the figures it questions; not its place, nor the formula as that place printed its figures.
    private static string SameError(AuditFinding finding) =>
        $"{finding.Subject}|{finding.Reported.Value}|{finding.Expected.Value}|{finding.Description.Split('(')[0]}";
}
