using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Model;

namespace Sakip.Analytics.Extraction.Audit;

public static partial class ReportAuditor
{
    /// <summary>The percentage columns of the report's general tables (fires handled per kecamatan) against the two figures they divide.</summary>
    private static void ColumnShares(ExtractionResult facts, List<AuditFinding> findings)
    {
        foreach (var share in facts.ColumnShares)
        {
            var computed = share.Part.Value / share.Whole.Value * 100m;
            if (PrintedRounding.MatchesPrinted(computed, share.Printed))
            {
                continue;
            }

            var shown = IdNumber.Format(computed, Math.Max((int)share.Printed.Scale, 2));
            findings.Add(new AuditFinding(FindingKind.CapaianMiscomputed,
                $"Persentase '{share.Column}' ({share.Source}) dilaporkan {share.Text}%, dihitung {shown}% ({share.Part.Label} / {share.Whole.Label} = {IdNumber.Format(share.Part.Value, share.Part.Value.Scale)} / {IdNumber.Format(share.Whole.Value, share.Whole.Value.Scale)}).",
                new FindingValue("dilaporkan", share.Printed, share.Text, share.Source),
                new FindingValue("dihitung", computed, shown, share.Source))
            {
                Lines = [share.Source.Line],
                Subject = share.Column,
                OnWholeReport = true,
            });
        }
    }
}
