using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Interpretation;
using Sakip.Analytics.Extraction.Model;

namespace Sakip.Analytics.Extraction.Audit;

public static partial class ReportAuditor
{
    /// <summary>
    /// Where the IKM is one of the unit's indicators, each realization printed with its mutu pelayanan
    /// ("83,10 dengan mutu pelayanan A") against the PermenPANRB scale; an IKM the survey audit has already
    /// judged with the same mutu is not judged twice.
    /// </summary>
    private static void IkmIndicatorGrades(ExtractionResult facts, List<AuditFinding> findings)
    {
        var scale = facts.ScaleOf(ScaleKind.IkmMutu);
        var flagged = findings.Where(f => f.Kind == FindingKind.CategoryMismatch).SelectMany(f => f.Lines).ToHashSet();
        foreach (var value in facts.Indicators)
        {
            if (value.Kind != IndicatorValueKind.Realization || value.Grade is not ("A" or "B" or "C" or "D") || value.Value is not { } score || score is < 25 or > 100
                || !SubjectWords.NamesIkm(value.Indicator) || SubjectWords.NamesAkip(value.Indicator)
                || IkmCalculator.Mutu(score) is not { } expected || expected.Grade == value.Grade || flagged.Contains(value.Source.Line)
                || facts.Ikm.Any(i => i.Year == value.Year && i.Mutu == value.Grade && i.Ikm is { } ikm && Agree(ikm, score)))
            {
                continue;
            }

            var band = scale.FirstOrDefault(b => b.Label == expected.Grade);
            var where = band?.Source ?? value.Source;
            findings.Add(new AuditFinding(FindingKind.CategoryMismatch,
                $"Mutu pelayanan '{value.Indicator}' {value.Year} ({value.Source}) dilaporkan {value.Grade}, tetapi IKM {IdNumber.Printed(score)} bermutu {expected.Grade} ({expected.Description}).",
                new FindingValue("dilaporkan", null, value.Grade, value.Source),
                new FindingValue("skala", score, expected.Grade, where))
            {
                Lines = [value.Source.Line, where.Line],
                Subject = "IKM",
            });
        }
    }
}
