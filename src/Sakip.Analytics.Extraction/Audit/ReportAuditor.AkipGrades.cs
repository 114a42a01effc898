using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;
using Sakip.Analytics.Extraction.Interpretation;
using Sakip.Analytics.Extraction.Model;
using Sakip.Analytics.Extraction.Text;

namespace Sakip.Analytics.Extraction.Audit;

public static partial class ReportAuditor
{
    /// <summary>
    /// Where the AKIP score is one of the unit's indicators, each realization printed with its predikat
    /// ("BB (69,85)", "69,85 dengan predikat BB") against the scale; a place the AKIP audit already
    /// flagged is not flagged twice. Targets are left alone: "BB (70,00)" sets the floor of a predikat.
    /// </summary>
    private static void AkipIndicatorGrades(ExtractionResult facts, List<AuditFinding> findings)
    {
        var scale = facts.ScaleOf(ScaleKind.AkipPredikat);
        var flagged = findings.Where(f => f.Kind == FindingKind.CategoryMismatch).SelectMany(f => f.Lines).ToHashSet();
        foreach (var value in facts.Indicators)
        {
            if (value.Kind != IndicatorValueKind.Realization || value.Grade is not { } printed || !AkipScoring.PredikatOrder.Contains(printed) || value.Value is not { } score || score is < 0 or > 100
                || !IsAkipScore(value.Indicator) || AkipScoring.Predikat(score) is not { } expected || expected == printed || flagged.Contains(value.Source.Line)
                || CheckedAsEvaluation(facts, value, score, printed))
            {
                continue;
            }

            var band = scale.FirstOrDefault(b => b.Label == expected);
            var where = band?.Source ?? value.Source;
            findings.Add(new AuditFinding(FindingKind.CategoryMismatch,
                $"Predikat '{value.Indicator}' {value.Year} ({value.Source}) dilaporkan {printed}, tetapi nilai {IdNumber.Printed(score)} berpredikat {expected}.",
                new FindingValue("dilaporkan", null, printed, value.Source),
                new FindingValue("skala", score, expected, where))
            {
                Lines = [value.Source.Line, where.Line],
                Subject = value.Unit,
            });
        }
    }

    // The same score and predikat read as an AKIP evaluation of that year (the "Nilai Akuntabilitas Kinerja" and "Predikat"
    // rows of a component table): the AKIP audit has judged that predikat already, on its own line.
    private static bool CheckedAsEvaluation(ExtractionResult facts, ExtractedIndicatorValue value, decimal score, string printed) =>
        facts.Akip.Any(a => a.Year == value.Year && a.Predikat == printed && a.Total is { } total && Agree(total, score)
            && (a.Unit == value.Unit || a.Source.Table == value.Source.Table));

    // "Nilai AKIP Kecamatan", "Nilai SAKIP", "Predikat AKIP": the evaluation's score, not "Persentase rekomendasi AKIP ...".
    private static bool IsAkipScore(string indicator)
    {
        var key = NameKey.Of(indicator);
        return SubjectWords.NamesAkip(indicator) && (key.StartsWith("nilai", StringComparison.Ordinal) || key.StartsWith("predikat", StringComparison.Ordinal) || key.StartsWith("hasil evaluasi", StringComparison.Ordinal));
    }
}
