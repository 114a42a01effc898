using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Audit;

public static partial class ReportAuditor
{
    /// <summary>
    /// A printed sasaran capaian against the mean of its indicators' capaian, and a printed IKU
    /// average against the mean of the capaian above it in its table. The indicators are taken from
    /// the same table, else from the first table that prints them with that sasaran.
    /// </summary>
    private static void AverageCapaian(ExtractionResult facts, List<AuditFinding> findings)
    {
        var capaian = facts.Indicators.Where(v => v.Kind == IndicatorValueKind.ReportedCapaian && v.Value is not null && !v.Source.IsProse).ToList();
        foreach (var average in facts.AverageCapaian)
        {
            var parts = Averaged(average, capaian);
            if (parts.Count == 0)
            {
                continue;
            }

            var mean = parts.Average(p => p.Value!.Value);
            var tolerance = HalfUnit(average.Value) + parts.Max(p => HalfUnit(p.Value!.Value));
            if (PrintedRounding.MatchesPrinted(mean, average.Value) || Math.Abs(mean - average.Value) <= tolerance)
            {
                continue;
            }

            var what = average.IsIkuAverage ? "Rata-rata capaian IKU" : $"Capaian sasaran '{average.Goal}'";
            findings.Add(new AuditFinding(FindingKind.CapaianMiscomputed,
                $"{what} tahun {average.Year} ({average.Source}) dilaporkan {IdNumber.Printed(average.Value)}%, dihitung {IdNumber.Percent(mean)} " +
                $"(rata-rata {parts.Count} capaian indikator: {string.Join(", ", parts.Select(p => p.Text))}).",
                new FindingValue("dilaporkan", average.Value, average.Text, average.Source),
                new FindingValue("dihitung", PrintedRounding.RoundAsPrinted(mean), IdNumber.Percent(mean), parts[0].Source))
            {
                Lines = [average.Source.Line, .. parts.Select(p => p.Source.Line)],
                Subject = average.Goal ?? "IKU",
            });
        }
    }

    private static List<ExtractedIndicatorValue> Averaged(ExtractedAverageCapaian average, List<ExtractedIndicatorValue> capaian)
    {
        var candidates = capaian.Where(v => v.Unit == average.Unit && v.Year == average.Year).ToList();
        if (average.IsIkuAverage)
        {
            return [.. candidates.Where(v => v.Source.Table == average.Source.Table && v.Source.Line < average.Source.Line)];
        }

        var goal = NameKey.Of(average.Goal);
        var ofGoal = candidates.Where(v => NameKey.Of(v.Goal) == goal).ToList();
        var sameTable = ofGoal.Where(v => v.Source.Table == average.Source.Table).ToList();
        if (sameTable.Count > 0)
        {
            return sameTable;
        }

        var first = ofGoal.OrderBy(v => v.Source.Line).FirstOrDefault();
        return first is null ? [] : [.. ofGoal.Where(v => v.Source.Table == first.Source.Table)];
    }
}
