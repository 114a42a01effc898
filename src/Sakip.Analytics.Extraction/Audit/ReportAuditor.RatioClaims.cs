using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Audit;

public static partial class ReportAuditor
{
    /// <summary>A percentage the prose works out from two counts it gives ("23 orang dibandingkan 25 orang, sehingga 96,00%"), recomputed.</summary>
    private static void ClaimedRatios(ExtractionResult facts, List<AuditFinding> findings)
    {
        foreach (var claim in facts.Claims.OfType<RatioClaim>())
        {
            var computed = claim.Part / claim.Whole * 100;
            if (PrintedRounding.MatchesPrinted(computed, claim.Percent) || Math.Abs(computed - claim.Percent) <= HalfUnit(claim.Percent))
            {
                continue;
            }

            findings.Add(new AuditFinding(FindingKind.CapaianMiscomputed,
                $"Persentase di {claim.Source} dilaporkan {claim.PercentText}%, dihitung {IdNumber.Percent(computed)} " +
                $"({IdNumber.Printed(claim.Part)} / {IdNumber.Printed(claim.Whole)}).",
                new FindingValue("dilaporkan", claim.Percent, claim.PercentText, claim.Source),
                new FindingValue("dihitung", PrintedRounding.RoundAsPrinted(computed), IdNumber.Percent(computed), claim.Source))
            {
                Lines = [claim.Source.Line],
                OnWholeReport = true,
            });
        }
    }
}
