using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Model;

namespace Sakip.Analytics.Extraction.Audit;

public static partial class ReportAuditor
{
    /// <summary>
    /// Each AKIP component against the sub-components printed under it ("a. Pemenuhan", "b. Kualitas", "c. Pemanfaatan"), as
    /// closely as their rounding allows.
    /// </summary>
    private static void AkipSubComponentSums(ExtractionResult facts, List<AuditFinding> findings)
    {
        foreach (var akip in facts.Akip)
        {
            foreach (var (component, parts) in akip.SubComponents)
            {
                var printed = akip.Components[component];
                var sum = parts.Sum(p => p.Score);
                if (PrintedRounding.MatchesPrinted(sum, printed) || Math.Abs(sum - printed) <= RoundingOfSum(parts.Select(p => p.Score)) + HalfUnit(printed))
                {
                    continue;
                }

                var line = akip.ComponentLines.TryGetValue(component, out var own) ? own : akip.Source.Line;
                var name = AkipComponentNames.Of(component);
                findings.Add(new AuditFinding(FindingKind.SumMismatch,
                    $"Komponen {name} AKIP {akip.Unit} {akip.Year} ({Where(facts, akip.Source.Table, line)}) dilaporkan {IdNumber.Printed(printed)}, " +
                    $"jumlah sub komponennya {IdNumber.Format(sum, printed.Scale)} ({string.Join(" + ", parts.Select(p => p.Text))}).",
                    new FindingValue("dilaporkan", printed, IdNumber.Printed(printed), Where(facts, akip.Source.Table, line)),
                    new FindingValue("dihitung", sum, IdNumber.Format(sum, printed.Scale), Where(facts, akip.Source.Table, parts[0].Line)))
                {
                    Lines = [line, .. parts.Select(p => p.Line)],
                    Subject = akip.Unit,
                });
            }
        }
    }
}
