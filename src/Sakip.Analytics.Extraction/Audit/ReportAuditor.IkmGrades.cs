using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Interpretation;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Audit;

public static partial class ReportAuditor
{
    /// <summary>
    /// Where the IKM is one of the unit's indicators, each realization printed with its mutu pelayanan
    /// ("83,10 dengan mutu pelayanan C", "79,85 dengan kategori Sangat Baik") against the PermenPANRB 14/2017 scale; an IKM the survey audit has already
    /// judged with the same mutu is not judged twice. Many units still grade by the older KepmenPAN 25/2004 bands
    /// (B from 62,51), so a mutu either scale gives is no finding.
    /// </summary>
    private static void IkmIndicatorGrades(ExtractionResult facts, List<AuditFinding> findings)
    {
        var scale = facts.ScaleOf(ScaleKind.IkmMutu);
        var flagged = findings.Where(f => f.Kind == FindingKind.CategoryMismatch).SelectMany(f => f.Lines).ToHashSet();
        foreach (var value in facts.Indicators)
        {
            var grade = value.Grade ?? GradeNamed(value.Category);
            if (value.Kind != IndicatorValueKind.Realization || grade is not ("A" or "B" or "C" or "D") || value.Value is not { } score || score is < 25 or > 100
                || !SubjectWords.NamesIkm(value.Indicator) || SubjectWords.NamesAkip(value.Indicator)
                || IkmCalculator.Mutu(score) is not { } expected || expected.Grade == grade || GradeOf2004Scale(score) == grade || flagged.Contains(value.Source.Line)
                || facts.Ikm.Any(i => i.Year == value.Year && i.Mutu == grade && i.Ikm is { } ikm && Agree(ikm, score)))
            {
                continue;
            }

            var printed = value.Grade ?? value.Category!;

            var band = scale.FirstOrDefault(b => b.Label == expected.Grade);
            var where = band?.Source ?? value.Source;
            findings.Add(new AuditFinding(FindingKind.CategoryMismatch,
                $"Mutu pelayanan '{value.Indicator}' {value.Year} ({value.Source}) dilaporkan {printed}, tetapi IKM {IdNumber.Printed(score)} bermutu {expected.Grade} ({expected.Description}).",
                new FindingValue("dilaporkan", null, printed, value.Source),
                new FindingValue("skala", score, expected.Grade, where))
            {
                Lines = [value.Source.Line, where.Line],
                Subject = "IKM",
            });
        }
    }

    /// <summary>The mutu a category printed in words names ("dengan kategori Sangat Baik"); the same words in both scales.</summary>
    private static string? GradeNamed(string? category) => NameKey.Of(category) switch
    {
        "sangat baik" => "A",
        "baik" => "B",
        "kurang baik" => "C",
        "tidak baik" => "D",
        _ => null,
    };

    // KepmenPAN 25/2004: the bands before PermenPANRB 14/2017.
    private static string GradeOf2004Scale(decimal ikm) => ikm switch
    {
        >= 81.26m => "A",
        >= 62.51m => "B",
        >= 43.76m => "C",
        _ => "D",
    };
}
