using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Audit;

public static partial class ReportAuditor
{
    /// <summary>
    /// Each printed capaian against the end-of-Renstra target ("Tingkat Capaian terhadap Target Akhir") against the
    /// realization and the last Renstra target printed on the same row, with the indicator's polarity. A cumulative
    /// capaian ("s/d 2022") is progress over the period, which reports reckon in several ways: it is left alone.
    /// </summary>
    private static void RenstraCapaian(ExtractionResult facts, ExtractionOptions options, List<AuditFinding> findings)
    {
        var method = facts.Document.LowerIsBetterMethod ?? options.LowerIsBetterMethod;
        var rows = facts.Indicators.GroupBy(v => (v.Source.Table, v.Source.Line, v.Unit, Name: NameKey.Of(v.Indicator)));
        foreach (var row in rows)
        {
            var values = row.ToList();
            var endTarget = values.Where(v => v.Kind == IndicatorValueKind.RenstraTarget && v.Value is not null).MaxBy(v => v.Year);
            if (endTarget is null)
            {
                continue;
            }

            foreach (var printed in values.Where(v => v.Kind == IndicatorValueKind.ReportedCapaianRenstra && v.Value is not null && !v.Cumulative))
            {
                var realization = values.FirstOrDefault(v => v.Kind == IndicatorValueKind.Realization && v.Year == printed.Year && v.Value is not null);
                if (realization is null
                    || CapaianCalculator.Compute(endTarget.Polarity, endTarget.Value!.Value, realization.Value!.Value, method) is not { } computed
                    || FollowsFromFigures(facts, endTarget.Polarity, endTarget.Value.Value, realization.Value.Value, printed.Value!.Value))
                {
                    continue;
                }

                findings.Add(MiscomputedCapaian(printed, computed, realization,
                    $"Capaian '{printed.Indicator}' terhadap target akhir Renstra ({printed.Source}) dilaporkan {IdNumber.Printed(printed.Value.Value)}%, " +
                    $"dihitung {IdNumber.Percent(computed)} (realisasi {printed.Year} {realization.Text} terhadap target {endTarget.Year} {endTarget.Text})."));
            }
        }
    }
}
