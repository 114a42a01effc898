using Sakip.Analytics.Extraction.Model;

namespace Sakip.Analytics.Extraction.Audit;

public static partial class ReportAuditor
{
    /// <summary>
    /// "Nilai IKM tahun 2023 sebesar 85,37" against the survey table of the unit's same year: a stated IKM that is none of the
    /// figures the tables print for the unit (of any year, so a year read wrongly is no finding).
    /// </summary>
    private static void ClaimedIkm(ExtractionResult facts, List<AuditFinding> findings)
    {
        var own = facts.Ikm.Where(i => i.Unit == facts.Document.Unit && i.Ikm is not null).ToList();
        foreach (var claim in facts.Claims.OfType<IkmClaim>())
        {
            var year = claim.Year ?? facts.Document.ReportYear;
            var table = own.FirstOrDefault(i => i.Year == year && !i.Source.IsProse);
            if (table is null || own.Exists(i => i.Ikm == claim.Value || i.OtherIkmValues.Any(o => o.Value == claim.Value)))
            {
                continue;
            }

            findings.Add(new AuditFinding(FindingKind.TableVsText,
                $"IKM {year} tercetak {claim.Text} di {claim.Source}, tetapi {IdNumber.Printed(table.Ikm!.Value)} di {table.Source}.",
                new FindingValue("dilaporkan", claim.Value, claim.Text, claim.Source),
                new FindingValue("tabel", table.Ikm.Value, IdNumber.Printed(table.Ikm.Value), table.Source))
            {
                Lines = [claim.Source.Line, table.Source.Line],
                Subject = "IKM",
            });
        }
    }
}
