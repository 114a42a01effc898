using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Model;

namespace Sakip.Analytics.Extraction.Audit;

public static partial class ReportAuditor
{
    /// <summary>Each AKIP total against its components, its predikat against the scale, each component percentage against realization / target.</summary>
    private static void AkipTotals(ExtractionResult facts, List<AuditFinding> findings)
    {
        var scale = facts.ScaleOf(ScaleKind.AkipPredikat);
        foreach (var akip in facts.Akip)
        {
            var sum = akip.Components.Count >= 3 ? AkipScoring.Total(akip.Components.Values) : (decimal?)null;
            var sumDiffers = sum is { } s && akip.Total is { } t && !PrintedRounding.MatchesPrinted(s, t);
            var componentLine = akip.ComponentLines.Count > 0 ? akip.ComponentLines.Values.Min() : akip.Source.Line;
            if (sumDiffers)
            {
                findings.Add(new AuditFinding(FindingKind.SumMismatch,
                    $"Nilai AKIP {akip.Unit} {akip.Year} ({akip.Source}) dilaporkan {IdNumber.Printed(akip.Total!.Value)}, jumlah komponennya {IdNumber.Format(sum!.Value, akip.Total.Value.Scale)} " +
                    $"({string.Join(" + ", akip.Components.Values.Select(IdNumber.Printed))}).",
                    new FindingValue("dilaporkan", akip.Total, IdNumber.Printed(akip.Total.Value), akip.Source),
                    new FindingValue("dihitung", sum, IdNumber.Format(sum.Value, akip.Total.Value.Scale), Where(facts, akip.Source.Table, componentLine)))
                {
                    Lines = [akip.Source.Line, .. akip.ComponentLines.Values.Distinct()],
                    Subject = akip.Unit,
                });
            }

            if (akip.Predikat is not { } printed)
            {
                continue;
            }

            var predikatLine = akip.PredikatLine ?? akip.Source.Line;
            if (akip.Total is { } total && AkipScoring.Predikat(total) is { } expected && expected != printed)
            {
                findings.Add(Predikat(facts, akip, printed, predikatLine, expected, total, "total", scale));
            }
            else if (sumDiffers && AkipScoring.Predikat(sum!.Value) is { } fromSum && fromSum != printed)
            {
                findings.Add(Predikat(facts, akip, printed, predikatLine, fromSum, sum.Value, "jumlah komponen", scale));
            }
        }

        AkipComponentPercentages(facts, findings);
    }

    private static AuditFinding Predikat(ExtractionResult facts, ExtractedAkip akip, string printed, int line, string expected, decimal basis, string basisName, IReadOnlyList<ScaleBand> scale)
    {
        var band = scale.FirstOrDefault(b => b.Label == expected);
        var where = band?.Source ?? Where(facts, akip.Source.Table, line);
        return new AuditFinding(FindingKind.CategoryMismatch,
            $"Predikat AKIP {akip.Unit} {akip.Year} ({Where(facts, akip.Source.Table, line)}) dilaporkan {printed}, tetapi {basisName} {IdNumber.Printed(basis)} berpredikat {expected}.",
            new FindingValue("dilaporkan", null, printed, Where(facts, akip.Source.Table, line)),
            new FindingValue("skala", basis, expected, where))
        {
            Lines = [line, where.Line],
            Subject = akip.Unit,
        };
    }

    private static void AkipComponentPercentages(ExtractionResult facts, List<AuditFinding> findings)
    {
        foreach (var realization in facts.Akip.Where(a => a.ComponentReportedPercent.Count > 0))
        {
            var target = facts.Akip.FirstOrDefault(a => a.Kind == Domain.Facts.AkipValueKind.Target && a.Unit == realization.Unit && a.Year == realization.Year && a.Source.Table == realization.Source.Table);
            if (target is null)
            {
                continue;
            }

            foreach (var (component, printed) in realization.ComponentReportedPercent)
            {
                if (!target.Components.TryGetValue(component, out var goal) || goal == 0 || !realization.Components.TryGetValue(component, out var score))
                {
                    continue;
                }

                var computed = score * 100 / goal;
                if (PrintedRounding.MatchesPrinted(computed, printed))
                {
                    continue;
                }

                var line = realization.ComponentLines.GetValueOrDefault(component, realization.Source.Line);
                var where = Where(facts, realization.Source.Table, line);
                findings.Add(new AuditFinding(FindingKind.CapaianMiscomputed,
                    $"Persentase komponen {component} AKIP {realization.Year} ({where}) dilaporkan {IdNumber.Printed(printed)}%, dihitung {IdNumber.Percent(computed)}.",
                    new FindingValue("dilaporkan", printed, IdNumber.Printed(printed) + "%", where),
                    new FindingValue("dihitung", PrintedRounding.RoundAsPrinted(computed), IdNumber.Percent(computed), where))
                {
                    Lines = [line],
                    Subject = component.ToString(),
                });
            }
        }
    }
}
