using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Model;

namespace Sakip.Analytics.Extraction.Prose;

/// <summary>
/// "... mendapat alokasi anggaran sebesar Rp 4.512.300.000,-. Realisasi anggaran sampai dengan 31 Desember sebesar
/// Rp 4.301.250.500,- atau 95,32%.": the whole budget told in two sentences of one paragraph is one line. The realisasi
/// joins the nearest pagu before it of the same year, and only when its percentage, if printed, is worked out from that pagu
/// (a realisasi against the revised pagu does not join the original one) or, with none printed, it is at least half the pagu
/// and not more (a part spent on something the sentence names after the amount is no realisasi of the whole).
/// </summary>
internal static partial class ProseBudgetReader
{
    private static void JoinWholeBudgetOfParagraph(List<ExtractedBudgetLine> budget, int paragraphStart)
    {
        for (var i = paragraphStart + 1; i < budget.Count; i++)
        {
            if (budget[i] is not { Pagu: null, Realisasi: { } realisasi } spent || !IsWholeBudget(spent))
            {
                continue;
            }

            var pagu = NearestWholePaguBefore(budget, paragraphStart, i);
            if (pagu is not { Pagu: { } amount, Realisasi: null, ReportedPercent: null } planned || planned.Year != spent.Year
                || !Fits(amount, realisasi, spent.ReportedPercent))
            {
                continue;
            }

            var at = budget.IndexOf(planned);
            budget[at] = planned with { Stage = BudgetStage.RealisasiReport, Realisasi = realisasi, ReportedPercent = spent.ReportedPercent, IsRounded = planned.IsRounded || spent.IsRounded };
            budget.RemoveAt(i);
            i--;
        }
    }

    private static ExtractedBudgetLine? NearestWholePaguBefore(List<ExtractedBudgetLine> budget, int paragraphStart, int index)
    {
        for (var j = index - 1; j >= paragraphStart; j--)
        {
            if (IsWholeBudget(budget[j]) && budget[j].Pagu is not null)
            {
                return budget[j];
            }
        }

        return null;
    }

    private static bool IsWholeBudget(ExtractedBudgetLine line) =>
        line.Level == BudgetLevel.Total && line.Name == Audit.ReportAuditor.WholeBudgetName;

    private static bool Fits(decimal pagu, decimal realisasi, decimal? percent) =>
        pagu > 0 && (percent is { } printed ? PrintedRounding.MatchesPrinted(realisasi / pagu * 100, printed) : realisasi <= pagu && realisasi * 2 >= pagu);
}
