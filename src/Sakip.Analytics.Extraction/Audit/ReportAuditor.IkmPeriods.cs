using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Model;

namespace Sakip.Analytics.Extraction.Audit;

public static partial class ReportAuditor
{
    /// <summary>
    /// A year's IKM printed under the periods it was surveyed in ("Rata-rata" under "Triwulan I ... IV"): it must be their
    /// mean, plain or weighted by each period's respondents, as closely as the periods' rounding allows.
    /// </summary>
    private static void IkmPeriodMeans(ExtractionResult facts, List<AuditFinding> findings)
    {
        foreach (var ikm in facts.Ikm.Where(i => i.PeriodScores.Count >= 2 && i.Ikm is not null))
        {
            var periods = ikm.PeriodScores;
            var printed = ikm.Ikm!.Value;
            var plain = periods.Average(p => p.Ikm);
            var weighted = periods.All(p => p.Respondents is > 0) ? periods.Sum(p => p.Ikm * p.Respondents!.Value) / periods.Sum(p => p.Respondents!.Value) : (decimal?)null;
            var slack = periods.Max(p => HalfUnit(p.Ikm)) + HalfUnit(printed);
            if (new[] { plain, weighted }.OfType<decimal>().Any(mean => PrintedRounding.MatchesPrinted(mean, printed) || Math.Abs(mean - printed) <= slack))
            {
                continue;
            }

            var first = periods[0];
            findings.Add(new AuditFinding(FindingKind.SumMismatch,
                $"IKM {ikm.Year} ({ikm.Source}) dilaporkan {IdNumber.Printed(printed)}, rata-rata {periods.Count} periode dihitung {IdNumber.Format(plain, printed.Scale)} " +
                $"({string.Join("; ", periods.Select(p => $"{p.Period} {IdNumber.Printed(p.Ikm)}"))}).",
                new FindingValue("dilaporkan", printed, IdNumber.Printed(printed), ikm.Source),
                new FindingValue("dihitung", Math.Round(plain, printed.Scale), IdNumber.Format(plain, printed.Scale), ikm.Source with { Line = first.Line }))
            {
                Lines = [ikm.Source.Line, .. periods.Select(p => p.Line)],
                Subject = "IKM",
            });
        }
    }
}
